// zod-free on purpose: the storefront's filter controls import these without the schemas.

/**
 * The metals the shop works, by a stable code the storefront filters on. `words` are what a
 * product's metal option or "Metal" attribute says (in PT or EN) when it is made in that metal;
 * the management server reads them to file each product under its metals.
 */
export const RING_METALS = [
  {
    code: 'ouro-amarelo',
    pt: 'Ouro amarelo',
    en: 'Yellow gold',
    words: ['ouro amarelo', 'yellow gold'],
  },
  {
    code: 'ouro-branco',
    pt: 'Ouro branco',
    en: 'White gold',
    words: ['ouro branco', 'white gold'],
  },
  { code: 'ouro-rosa', pt: 'Ouro rosa', en: 'Rose gold', words: ['ouro rosa', 'rose gold'] },
  { code: 'platina', pt: 'Platina', en: 'Platinum', words: ['platina', 'platinum'] },
  { code: 'prata', pt: 'Prata', en: 'Silver', words: ['prata', 'silver'] },
] as const;
export type RingMetalCode = (typeof RING_METALS)[number]['code'];
export const RING_METAL_CODES = RING_METALS.map((metal) => metal.code) as [
  RingMetalCode,
  ...RingMetalCode[],
];

/** European ring sizes (inner circumference in mm) the size filter offers. */
export const RING_SIZE_MIN = 44;
export const RING_SIZE_MAX = 72;

/** Highest price bound accepted by the filter, in the shop's currency. */
export const MAX_PRICE_FILTER = 1_000_000;
