import { topOf, type Band } from './band-geometry.js';
import type { Gradients } from './gradients.js';
import { GEMS, METALS, type Gem, type Metal } from './ring-materials.js';
import { el, pathData } from './svg-markup.js';

export interface SignetLook {
  readonly face: 'oval' | 'square';
  /** What is cut into the face: an initial, a small coat of arms, or nothing. */
  readonly mark: 'initial' | 'crest' | 'plain';
  /** A stone inlaid in the face (onyx, …) instead of bare metal. */
  readonly inlay?: Gem;
}

const FACE_HALF_WIDTH = 40;
const HEAD_HEIGHT = 12;

function faceShape(face: SignetLook['face'], x: number, y: number, ry: number, attrs: object) {
  return face === 'oval'
    ? el('ellipse', { cx: x, cy: y, rx: FACE_HALF_WIDTH, ry, ...attrs })
    : el('rect', {
        x: x - FACE_HALF_WIDTH,
        y: y - ry,
        width: FACE_HALF_WIDTH * 2,
        height: ry * 2,
        rx: 7,
        ...attrs,
      });
}

function mark(look: SignetLook, metal: Metal, defs: Gradients): string {
  const ink = {
    fill: 'none',
    stroke: METALS[metal].dark,
    'stroke-width': 2.2,
    'stroke-opacity': 0.8,
  };
  if (look.inlay) {
    return (
      faceShape(look.face, 0, 0, FACE_HALF_WIDTH, {
        fill: defs.gem(look.inlay),
        stroke: GEMS[look.inlay].dark,
        'stroke-width': 1,
        transform: 'scale(0.78)',
      }) + el('ellipse', { cx: -12, cy: -14, rx: 10, ry: 5, fill: '#ffffff', 'fill-opacity': 0.35 })
    );
  }
  switch (look.mark) {
    case 'initial':
      return el(
        'text',
        {
          x: 0,
          y: 15,
          'text-anchor': 'middle',
          'font-family': 'Georgia, "Times New Roman", serif',
          'font-style': 'italic',
          'font-size': 46,
          fill: METALS[metal].dark,
          'fill-opacity': 0.75,
        },
        'S',
      );
    case 'crest':
      return (
        el('path', {
          d: pathData(
            'M',
            -17,
            -22,
            'H',
            17,
            'V',
            0,
            'C',
            17,
            14,
            0,
            24,
            0,
            24,
            'C',
            0,
            24,
            -17,
            14,
            -17,
            0,
            'Z',
          ),
          ...ink,
        }) +
        el('path', { d: pathData('M', -11, 4, 'L', 0, -8, 'L', 11, 4), ...ink }) +
        el('circle', { cx: 0, cy: -15, r: 2.4, fill: METALS[metal].dark, 'fill-opacity': 0.8 })
      );
    case 'plain':
      return faceShape(look.face, 0, 0, FACE_HALF_WIDTH, {
        fill: 'none',
        stroke: '#ffffff',
        'stroke-opacity': 0.6,
        transform: 'scale(0.86)',
      });
  }
}

/** The head of a signet ring on top of its band: shoulders, a thick table, its engraved face. */
export function signetHead(band: Band, metal: Metal, look: SignetLook, defs: Gradients): string {
  const top = topOf(band);
  const turned = band.depth > 0;
  // Seen from a little above when turned, edge on when face on.
  const faceRy = turned ? 15 : 4;
  const faceY = top.y - (turned ? 12 : 18);
  const side = { fill: defs.metalSide(metal), stroke: METALS[metal].dark, 'stroke-width': 0.6 };
  const shoulders = el('path', {
    d: pathData(
      'M',
      top.x - FACE_HALF_WIDTH * 0.8,
      faceY + HEAD_HEIGHT,
      'L',
      top.x + FACE_HALF_WIDTH * 0.8,
      faceY + HEAD_HEIGHT,
      'L',
      top.x + band.depth / 2 + 6,
      top.y + band.thickness * 0.9,
      'L',
      top.x - band.depth / 2 - 6,
      top.y + band.thickness * 0.9,
      'Z',
    ),
    ...side,
  });
  const table =
    faceShape(look.face, top.x, faceY + HEAD_HEIGHT, faceRy, side) +
    el('rect', {
      x: top.x - FACE_HALF_WIDTH,
      y: faceY,
      width: FACE_HALF_WIDTH * 2,
      height: HEAD_HEIGHT,
      fill: defs.metalSide(metal),
    });
  const face = faceShape(look.face, top.x, faceY, faceRy, {
    fill: defs.metalFace(metal),
    stroke: METALS[metal].dark,
    'stroke-width': 0.8,
  });
  const engraving = turned
    ? el(
        'g',
        {
          transform: `translate(${top.x.toFixed(1)} ${faceY.toFixed(1)}) scale(1 ${(faceRy / FACE_HALF_WIDTH).toFixed(3)})`,
        },
        mark(look, metal, defs),
      )
    : '';
  return shoulders + table + face + engraving;
}
