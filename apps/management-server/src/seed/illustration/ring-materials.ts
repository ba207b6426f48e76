/** Colours of each metal, light to dark, for its gradients; `label` is what the shop calls it. */
export interface Palette {
  readonly label: string;
  readonly light: string;
  readonly mid: string;
  readonly dark: string;
}

export const METALS = {
  'ouro-amarelo': { label: 'Ouro amarelo 18k', light: '#fff1b8', mid: '#dcb04a', dark: '#8a6414' },
  'ouro-branco': { label: 'Ouro branco 18k', light: '#ffffff', mid: '#d8dadf', dark: '#8b9099' },
  'ouro-rosa': { label: 'Ouro rosa 18k', light: '#ffe2d4', mid: '#e0a084', dark: '#97573f' },
  platina: { label: 'Platina 950', light: '#f7f8fa', mid: '#c4c8cf', dark: '#747a84' },
  prata: { label: 'Prata 925', light: '#ffffff', mid: '#cdd0d4', dark: '#7f848b' },
} as const satisfies Record<string, Palette>;
export type Metal = keyof typeof METALS;

export const GEMS = {
  diamante: { label: 'Diamante', light: '#ffffff', mid: '#e3f0f8', dark: '#8fb0c8' },
  safira: { label: 'Safira', light: '#8fb4ff', mid: '#2f5fc4', dark: '#0d2563' },
  esmeralda: { label: 'Esmeralda', light: '#8ee6b7', mid: '#1f8f5a', dark: '#08472b' },
  rubi: { label: 'Rubi', light: '#ff9aa8', mid: '#c21e3a', dark: '#5c0715' },
  morganite: { label: 'Morganite', light: '#fff0ee', mid: '#f2b8b5', dark: '#b9737a' },
  onix: { label: 'Ónix', light: '#6b6b72', mid: '#26262b', dark: '#050507' },
} as const satisfies Record<string, Palette>;
export type Gem = keyof typeof GEMS;

/** Soft backdrops, picked per product so a listing page is not one flat colour. */
export const BACKDROPS: readonly (readonly [string, string])[] = [
  ['#fbf6ee', '#eadcc4'],
  ['#fbf1f0', '#ecd3d2'],
  ['#f2f6f1', '#d4e0d1'],
  ['#eff4f9', '#d1deeb'],
  ['#f6f2fa', '#ded3ea'],
  ['#f8f5f0', '#e2d8ca'],
];
