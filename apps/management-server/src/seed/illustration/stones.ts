import type { Gradients } from './gradients.js';
import { GEMS, METALS, type Gem, type Metal } from './ring-materials.js';
import { el, pathData } from './svg-markup.js';

/** A brilliant cut seen from the side: table, crown, girdle and pavilion, with facet lines. */
function brilliant(x: number, girdle: number, size: number, gem: Gem, defs: Gradients): string {
  const half = size / 2;
  const table = size * 0.28;
  const crown = size * 0.22;
  const pavilion = size * 0.42;
  const outline = pathData(
    'M',
    x - half,
    girdle,
    'L',
    x - table,
    girdle - crown,
    'L',
    x + table,
    girdle - crown,
    'L',
    x + half,
    girdle,
    'L',
    x,
    girdle + pavilion,
    'Z',
  );
  const facets = pathData(
    'M',
    x - half,
    girdle,
    'L',
    x + half,
    girdle,
    'M',
    x - table,
    girdle - crown,
    'L',
    x - size * 0.14,
    girdle,
    'L',
    x,
    girdle + pavilion,
    'L',
    x + size * 0.14,
    girdle,
    'L',
    x + table,
    girdle - crown,
    'M',
    x,
    girdle - crown,
    'L',
    x - size * 0.14,
    girdle,
    'M',
    x,
    girdle - crown,
    'L',
    x + size * 0.14,
    girdle,
  );
  const glint = pathData(
    'M',
    x - table * 0.85,
    girdle - crown * 0.8,
    'L',
    x - table * 0.2,
    girdle - crown * 0.8,
    'L',
    x - size * 0.2,
    girdle - crown * 0.15,
    'Z',
  );
  return (
    el('path', { d: outline, fill: defs.gem(gem), stroke: GEMS[gem].dark, 'stroke-width': 0.8 }) +
    el('path', {
      d: facets,
      fill: 'none',
      stroke: GEMS[gem].dark,
      'stroke-width': 0.6,
      'stroke-opacity': 0.6,
    }) +
    el('path', { d: glint, fill: '#ffffff', 'fill-opacity': 0.85 })
  );
}

/**
 * A claw-set stone standing on the band at (x, top), pointing up; `size` is its width. The
 * setting's basket goes under it and two front claws over it.
 */
export function clawSetStone(
  x: number,
  top: number,
  size: number,
  gem: Gem,
  metal: Metal,
  defs: Gradients,
): string {
  const girdle = top - 6 - size * 0.42;
  const crown = size * 0.22;
  const basket = el('path', {
    d: pathData(
      'M',
      x - size * 0.16,
      top + 3,
      'L',
      x - size * 0.36,
      girdle + 2,
      'L',
      x + size * 0.36,
      girdle + 2,
      'L',
      x + size * 0.16,
      top + 3,
      'Z',
    ),
    fill: defs.metalSide(metal),
    stroke: METALS[metal].dark,
    'stroke-width': 0.6,
  });
  const claws = [-1, 1]
    .map((side) =>
      el('path', {
        d: pathData(
          'M',
          x + side * size * 0.34,
          girdle + 3,
          'L',
          x + side * size * 0.47,
          girdle - crown * 0.6,
        ),
        stroke: METALS[metal].mid,
        'stroke-width': Math.max(2, size * 0.07),
        'stroke-linecap': 'round',
      }),
    )
    .join('');
  return basket + brilliant(x, girdle, size, gem, defs) + claws;
}

/** A small round stone set into the metal (pavé, halo), seen from above. */
export function smallStone(
  x: number,
  y: number,
  radius: number,
  gem: Gem,
  metal: Metal,
  defs: Gradients,
): string {
  return (
    el('circle', {
      cx: x,
      cy: y,
      r: radius,
      fill: defs.gem(gem),
      stroke: METALS[metal].dark,
      'stroke-width': 0.6,
    }) +
    el('circle', {
      cx: x - radius * 0.3,
      cy: y - radius * 0.3,
      r: radius * 0.35,
      fill: '#ffffff',
      'fill-opacity': 0.85,
    })
  );
}

/** A cabochon-like stone in a metal collar, flush on the band at (x, top). */
export function bezelStone(
  x: number,
  top: number,
  size: number,
  gem: Gem,
  metal: Metal,
  defs: Gradients,
): string {
  const collar = size * 0.42;
  return (
    el('rect', {
      x: x - size / 2 - 2,
      y: top - collar,
      width: size + 4,
      height: collar + 3,
      rx: 2,
      fill: defs.metalSide(metal),
      stroke: METALS[metal].dark,
      'stroke-width': 0.6,
    }) +
    el('ellipse', {
      cx: x,
      cy: top - collar,
      rx: size / 2,
      ry: size * 0.24,
      fill: defs.gem(gem),
      stroke: METALS[metal].dark,
      'stroke-width': 0.8,
    }) +
    el('ellipse', {
      cx: x - size * 0.14,
      cy: top - collar - size * 0.08,
      rx: size * 0.14,
      ry: size * 0.06,
      fill: '#ffffff',
      'fill-opacity': 0.8,
    })
  );
}

/** A four-pointed glint. */
export function sparkle(x: number, y: number, size: number): string {
  const w = size * 0.2;
  return el('path', {
    d: pathData(
      'M',
      x,
      y - size,
      'L',
      x + w,
      y - w,
      'L',
      x + size,
      y,
      'L',
      x + w,
      y + w,
      'L',
      x,
      y + size,
      'L',
      x - w,
      y + w,
      'L',
      x - size,
      y,
      'L',
      x - w,
      y - w,
      'Z',
    ),
    fill: '#ffffff',
    'fill-opacity': 0.9,
  });
}
