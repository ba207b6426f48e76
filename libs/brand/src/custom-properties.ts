import { brandColours, brandDarkColours, brandFonts, brandShapes } from './tokens.js';

/** `accentStrong` → `--brand-accent-strong`: the name the stylesheets use. */
export function customPropertyName(token: string): string {
  return `--brand-${token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function declarations(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([token, value]) => [customPropertyName(token), value]),
  );
}

/** Every custom property `assets/tokens.css` must declare on `:root`, with its value. */
export function lightCustomProperties(): Record<string, string> {
  return {
    ...declarations(brandColours),
    ...declarations({ fontSerif: brandFonts.serif, fontSans: brandFonts.sans }),
    ...declarations(brandShapes),
  };
}

/** The colours `assets/tokens-dark.css` redeclares for a dark colour scheme. */
export function darkCustomProperties(): Record<string, string> {
  return declarations(brandDarkColours);
}
