/** Attribute values and text go through here: nothing a caller passes can close a tag. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type Attributes = Record<string, string | number | undefined>;

/** Coordinates with one decimal: enough for a 400-unit drawing, and small files. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** One element; `children` is markup already built with `el` (or escaped text). */
export function el(name: string, attributes: Attributes = {}, children = ''): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`)
    .join('');
  return children === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}

/** A path's `d` from commands and numbers: `path('M', 1, 2, 'L', 3, 4)` → `M1 2L3 4`. */
export function pathData(...parts: (string | number)[]): string {
  let out = '';
  let previousWasNumber = false;
  for (const part of parts) {
    if (typeof part === 'number') {
      out += `${previousWasNumber ? ' ' : ''}${num(part)}`;
      previousWasNumber = true;
    } else {
      out += part;
      previousWasNumber = false;
    }
  }
  return out;
}

/** Vertical or diagonal gradient stops: `[offset, colour, opacity?]`. */
export function gradientStops(stops: readonly (readonly [number, string, number?])[]): string {
  return stops
    .map(([offset, colour, opacity]) =>
      el('stop', { offset, 'stop-color': colour, 'stop-opacity': opacity }),
    )
    .join('');
}
