import type { DemoProduct } from './demo-product.js';
import { ENGAGEMENT_RINGS } from './demo-products/engagement.js';
import { WEDDING_BANDS } from './demo-products/wedding-bands.js';
import { SIGNET_RINGS } from './demo-products/signet.js';
import { EVERYDAY_RINGS } from './demo-products/everyday.js';
import { MENS_RINGS } from './demo-products/mens.js';

/**
 * The demo catalogue: rings of our own invented brands, priced in euro cents. Exactly one is
 * sold out (the storefront's "Esgotado" case), a few are low on stock, the plain wedding bands
 * are made to order (stock not tracked) and one draft is inactive.
 */
export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  ...ENGAGEMENT_RINGS,
  ...WEDDING_BANDS,
  ...SIGNET_RINGS,
  ...EVERYDAY_RINGS,
  ...MENS_RINGS,
];

/** The `homepage` featured section the storefront shows: designs by the SKUs they show. */
export const DEMO_HOMEPAGE = {
  name: 'homepage',
  content: [
    { design_type: 'Canvas Left Cracked', name: 'Noivado', skus: ['SDA-NOI-SOL-01'] },
    { design_type: 'Stripe', name: 'Alianças', skus: ['SDA-ALI-DIA-01', 'SDA-ALI-GRA-01'] },
    { design_type: 'Canvas Right Cracked', name: 'Sinetes', skus: ['SDA-SIN-GRA-01'] },
    { design_type: 'Stripe', name: 'Dia a dia', skus: ['SDA-DIA-EMP-01', 'SDA-DIA-MIN-02'] },
    { design_type: 'Stripe', name: 'Homem', skus: ['SDA-HOM-BAN-01', 'SDA-HOM-TEX-01'] },
  ],
} as const;
