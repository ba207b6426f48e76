import type { DemoProduct } from '../demo-product.js';
import { RING_CATEGORIES as C } from '../ring-categories.js';

/** Signet rings (Anéis de sinete): classic and engraved. */
export const SIGNET_RINGS: readonly DemoProduct[] = [
  {
    sku: 'SDA-SIN-CLA-01',
    name: 'Sinete Oval Clássico',
    brand: 'Casa Brasão',
    category: C.classicSignet,
    tariff: 'Jewellery',
    priceCents: 89_000,
    grams: 9.5,
    metals: ['ouro-amarelo', 'ouro-branco'],
    engraving: 'face',
    stock: 5,
    lowStockThreshold: 2,
    look: { style: 'signet', widthMm: 4, signet: { face: 'oval', mark: 'initial' } },
    intro:
      'O sinete oval de mesa lisa, pronto para receber as suas iniciais gravadas em letra inglesa.',
    facts: [
      ['Mesa', 'Oval, 12 × 10 mm'],
      ['Gravação', 'Até três iniciais, incluída'],
    ],
  },
  {
    sku: 'SDA-SIN-CLA-02',
    name: 'Sinete Quadrado Lisboa',
    brand: 'Casa Brasão',
    category: C.classicSignet,
    tariff: 'No Tariff',
    priceCents: 18_500,
    grams: 8,
    metals: ['prata'],
    stock: 14,
    lowStockThreshold: 3,
    look: { style: 'signet', widthMm: 4, signet: { face: 'square', mark: 'plain' } },
    intro:
      'Um sinete quadrado de prata, de linhas direitas, para usar no mindinho como se usava na Baixa.',
    facts: [
      ['Mesa', 'Quadrada, 11 × 11 mm'],
      ['Metal', 'Prata 925'],
    ],
  },
  {
    sku: 'SDA-SIN-GRA-01',
    name: 'Sinete Brasão de Família',
    brand: 'Casa Brasão',
    category: C.engravedSignet,
    tariff: 'Jewellery',
    priceCents: 124_000,
    grams: 12.4,
    metals: ['ouro-amarelo'],
    engraving: 'face',
    stock: 3,
    lowStockThreshold: 1,
    look: { style: 'signet', widthMm: 4.5, signet: { face: 'oval', mark: 'crest' } },
    intro:
      'Gravamos à mão o brasão da sua família, a partir de um desenho ou fotografia, em negativo para poder selar lacre.',
    facts: [
      ['Mesa', 'Oval, 14 × 12 mm'],
      ['Gravação', 'Brasão em negativo, à mão'],
      ['Prazo da gravação', '4 semanas'],
    ],
  },
  {
    sku: 'SDA-SIN-GRA-02',
    name: 'Sinete Ónix Noturno',
    brand: 'Casa Brasão',
    category: C.engravedSignet,
    tariff: 'No Tariff',
    priceCents: 24_000,
    grams: 9,
    metals: ['prata'],
    stock: 3,
    lowStockThreshold: 5,
    look: {
      style: 'signet',
      widthMm: 4,
      signet: { face: 'square', mark: 'plain', inlay: 'onix' },
    },
    intro: 'Uma placa de ónix negro polido engastada em prata. Sóbrio, com um brilho discreto.',
    facts: [
      ['Pedra', 'Ónix negro, 10 × 8 mm'],
      ['Metal', 'Prata 925'],
    ],
  },
];
