/**
 * The shop's category tree (category → subcategory), in Portuguese as the shop speaks. A fresh
 * shop starts with it (reference defaults) and the demo catalogue files its rings under it.
 */
export const RING_CATEGORIES = {
  solitaire: { category: 'Noivado', subcategory: 'Solitário' },
  halo: { category: 'Noivado', subcategory: 'Halo' },
  threeStone: { category: 'Noivado', subcategory: 'Três pedras' },
  classicBand: { category: 'Alianças', subcategory: 'Clássicas' },
  diamondBand: { category: 'Alianças', subcategory: 'Com diamantes' },
  engravedBand: { category: 'Alianças', subcategory: 'Gravadas' },
  classicSignet: { category: 'Anéis de sinete', subcategory: 'Clássicos' },
  engravedSignet: { category: 'Anéis de sinete', subcategory: 'Gravados' },
  stackable: { category: 'Dia a dia', subcategory: 'Empilháveis' },
  minimalist: { category: 'Dia a dia', subcategory: 'Minimalistas' },
  mensBand: { category: 'Homem', subcategory: 'Bandas' },
  mensTextured: { category: 'Homem', subcategory: 'Texturados' },
} as const;

export type RingCategory = (typeof RING_CATEGORIES)[keyof typeof RING_CATEGORIES];
