import { RING_RADIUS as R, type Band } from './band-geometry.js';
import type { Gradients } from './gradients.js';
import { METALS, type Metal } from './ring-materials.js';
import { el, pathData } from './svg-markup.js';

function ellipsePath(cx: number, cy: number, rx: number, ry: number): (string | number)[] {
  return [
    'M',
    cx - rx,
    cy,
    'A',
    rx,
    ry,
    0,
    1,
    0,
    cx + rx,
    cy,
    'A',
    rx,
    ry,
    0,
    1,
    0,
    cx - rx,
    cy,
    'Z',
  ];
}

/**
 * A plain band: its outside (when turned), its face with the opening, the inside seen through
 * the opening, and a highlight. `backdrop` paints the opening so the band looks hollow.
 */
export function bandShape(
  band: Band,
  metal: Metal,
  defs: Gradients,
  backdrop: string,
  clipId: string,
): string {
  const { cx, cy, k, depth, thickness } = band;
  const a = R * k;
  const inner = R - thickness;
  const ai = inner * k;
  const parts: string[] = [];
  if (depth > 0) {
    parts.push(
      el('path', {
        d: pathData(
          'M',
          cx,
          cy - R,
          'L',
          cx + depth,
          cy - R,
          'A',
          a,
          R,
          0,
          0,
          1,
          cx + depth,
          cy + R,
          'L',
          cx,
          cy + R,
          'A',
          a,
          R,
          0,
          0,
          0,
          cx,
          cy - R,
          'Z',
        ),
        fill: defs.metalSide(metal),
        stroke: METALS[metal].dark,
        'stroke-width': 0.6,
        'stroke-opacity': 0.5,
      }),
    );
  }
  parts.push(
    el('path', {
      d: pathData(...ellipsePath(cx, cy, a, R), ...ellipsePath(cx, cy, ai, inner)),
      'fill-rule': 'evenodd',
      fill: defs.metalFace(metal),
      stroke: METALS[metal].dark,
      'stroke-width': 0.6,
      'stroke-opacity': 0.5,
    }),
  );
  const clip = defs.clip(clipId, el('ellipse', { cx, cy, rx: ai, ry: inner }));
  const inside =
    depth > 0
      ? el('ellipse', { cx, cy, rx: ai, ry: inner, fill: defs.metalInner(metal) }) +
        el('ellipse', { cx: cx + depth, cy, rx: ai, ry: inner, fill: backdrop })
      : el('ellipse', {
          cx,
          cy,
          rx: ai + 1.5,
          ry: inner + 1.5,
          fill: 'none',
          stroke: METALS[metal].dark,
          'stroke-width': 3,
          'stroke-opacity': 0.35,
        });
  parts.push(el('g', { 'clip-path': clip }, inside));
  // The shine along the upper left of the face.
  const shine = R - thickness * 0.35;
  parts.push(
    el('path', {
      d: pathData(
        'M',
        cx - shine * k * Math.sin(1.2),
        cy - shine * Math.cos(1.2),
        'A',
        shine * k,
        shine,
        0,
        0,
        1,
        cx - shine * k * Math.sin(0.25),
        cy - shine * Math.cos(0.25),
      ),
      fill: 'none',
      stroke: '#ffffff',
      'stroke-width': Math.max(1.2, thickness * 0.18),
      'stroke-opacity': 0.75,
      'stroke-linecap': 'round',
    }),
  );
  return parts.join('');
}
