import { readFile } from 'node:fs/promises';
import { contrastRatio } from '../src/contrast.js';
import { darkCustomProperties, lightCustomProperties } from '../src/custom-properties.js';
import { brandColours, brandDarkColours } from '../src/tokens.js';

const asset = (name: string) => readFile(new URL(`../assets/${name}`, import.meta.url), 'utf8');

/** `--name: value;` declarations of a stylesheet, in order. */
function declared(css: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    found[match[1] ?? ''] = (match[2] ?? '').trim();
  }
  return found;
}

describe('brand tokens', () => {
  it('when tokens.css is read, then it declares exactly the values of the tokens module', async () => {
    expect(declared(await asset('tokens.css'))).toEqual(lightCustomProperties());
  });

  it('when tokens-dark.css is read, then it declares exactly the dark palette', async () => {
    expect(declared(await asset('tokens-dark.css'))).toEqual(darkCustomProperties());
  });

  it('when the components use custom properties, then each one is a declared token', async () => {
    const known = new Set(Object.keys(lightCustomProperties()));
    const used = [...(await asset('components.css')).matchAll(/var\((--[\w-]+)\)/g)].map(
      (match) => match[1],
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((name) => !known.has(name ?? ''))).toEqual([]);
  });

  // The pairs pages and mails actually put together; AA asks 4.5:1 for text, 3:1 for controls.
  const textPairs = [
    ['ink', 'paper'],
    ['ink', 'surface'],
    ['ink', 'tint'],
    ['muted', 'paper'],
    ['muted', 'surface'],
    ['muted', 'tint'],
    ['accent', 'paper'],
    ['accent', 'surface'],
    ['accent', 'tint'],
    ['onAccent', 'accent'],
    ['onAccent', 'accentStrong'],
    ['goldText', 'surface'],
    ['goldText', 'paper'],
    ['danger', 'surface'],
    ['ok', 'surface'],
    ['warning', 'surface'],
  ] as const;

  it.each(textPairs)(
    'when %s text sits on %s, then both palettes reach 4.5:1',
    (text, background) => {
      expect(contrastRatio(brandColours[text], brandColours[background])).toBeGreaterThanOrEqual(
        4.5,
      );
      expect(
        contrastRatio(brandDarkColours[text], brandDarkColours[background]),
      ).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('when a control border or focus ring sits on the surface, then it reaches 3:1', () => {
    for (const palette of [brandColours, brandDarkColours]) {
      expect(contrastRatio(palette.controlBorder, palette.surface)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(palette.focus, palette.surface)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(palette.focus, palette.paper)).toBeGreaterThanOrEqual(3);
    }
  });

  it('when the contrast of known colours is computed, then it matches WCAG’s figures', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
