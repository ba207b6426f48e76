import {
  RING_RADIUS as R,
  pointAt,
  pointsAlong,
  topOf,
  visibleAngles,
  type Band,
} from './band-geometry.js';
import { bandShape } from './band-shape.js';
import { finishMarks, type RingFinish } from './finishes.js';
import { Gradients } from './gradients.js';
import { BACKDROPS, type Gem, type Metal } from './ring-materials.js';
import { hashText, seededRandom } from './seeded-random.js';
import { signetHead, type SignetLook } from './signet-head.js';
import { bezelStone, clawSetStone, smallStone, sparkle } from './stones.js';
import { el, escapeXml } from './svg-markup.js';

export type RingStyle =
  | 'band'
  | 'solitaire'
  | 'halo'
  | 'three-stone'
  | 'half-eternity'
  | 'eternity'
  | 'bezel'
  | 'signet'
  | 'stack';

/** What a ring looks like, enough to draw it. */
export interface RingLook {
  readonly style: RingStyle;
  readonly metal: Metal;
  /** Band width in millimetres (drawn roughly to scale). */
  readonly widthMm: number;
  readonly finish?: RingFinish;
  /** The centre stone (solitaire, halo, three stones, bezel). */
  readonly gem?: Gem;
  /** Halo and side stones, and pavé. */
  readonly sideGem?: Gem;
  /** The centre stone's weight, which sets its drawn size. */
  readonly carat?: number;
  readonly signet?: SignetLook;
  /** A stack's bands, front to back. */
  readonly stackMetals?: readonly Metal[];
}

/** Turned (the usual product shot), face on (the second picture), or the home page's banner. */
export type RingView = 'turned' | 'face-on' | 'featured';

const CANVAS = 400;
const CENTRE_Y = 238;

function stoneSize(look: RingLook): number {
  return 28 + Math.min(look.carat ?? 0.3, 1.5) * 48;
}

function bandFor(look: RingLook, view: RingView, cx: number, cy = CENTRE_Y): Band {
  const turned = view !== 'face-on';
  const thickness =
    look.style === 'signet' ? 15 : Math.min(16, Math.max(7, 5 + look.widthMm * 1.5));
  return {
    cx,
    cy,
    k: turned ? 0.5 : 1,
    depth: turned ? Math.min(60, Math.max(10, look.widthMm * 8)) : 0,
    thickness,
  };
}

function pave(band: Band, look: RingLook, defs: Gradients, full: boolean): string {
  const turned = band.depth > 0;
  const radius = turned ? Math.min(band.depth * 0.3, 6) : band.thickness * 0.36;
  const range = turned
    ? { from: 0, to: full ? 180 : 95 }
    : full
      ? visibleAngles(band)
      : { from: -95, to: 95 };
  return pointsAlong(band, range.from, range.to, radius * 2.35)
    .map((p) => smallStone(p.x, p.y, radius, look.sideGem ?? 'diamante', look.metal, defs))
    .join('');
}

/** A halo's metal ring behind the centre stone, and its small stones in front of it. */
function halo(x: number, top: number, size: number, look: RingLook, defs: Gradients) {
  const y = top - 4 - size * 0.42;
  const rx = size * 0.74;
  const ry = size * 0.22;
  const stones: string[] = [];
  for (let degrees = 0; degrees <= 180; degrees += 18) {
    const t = (degrees * Math.PI) / 180;
    stones.push(
      smallStone(
        x + rx * 0.9 * Math.cos(t),
        y + ry * 0.9 * Math.sin(t),
        size * 0.075,
        look.sideGem ?? 'diamante',
        look.metal,
        defs,
      ),
    );
  }
  return {
    behind: el('ellipse', { cx: x, cy: y, rx, ry, fill: defs.metalFace(look.metal) }),
    front: stones.join(''),
  };
}

/** Everything on top of the band that makes the style: stones, a signet's head. */
function ornaments(band: Band, look: RingLook, defs: Gradients): string {
  const top = topOf(band);
  const size = stoneSize(look);
  const gem = look.gem ?? 'diamante';
  switch (look.style) {
    case 'band':
    case 'stack':
      return '';
    case 'solitaire':
      return clawSetStone(top.x, top.y, size, gem, look.metal, defs);
    case 'halo': {
      const parts = halo(top.x, top.y, size, look, defs);
      return parts.behind + clawSetStone(top.x, top.y, size, gem, look.metal, defs) + parts.front;
    }
    case 'three-stone': {
      const sides = [-24, 24]
        .map((angle) => {
          const p = pointAt(band, angle);
          const seat = { x: p.x, y: p.y - band.thickness * 0.2 };
          return el(
            'g',
            { transform: `rotate(${p.tilt.toFixed(1)} ${seat.x.toFixed(1)} ${seat.y.toFixed(1)})` },
            clawSetStone(seat.x, seat.y, size * 0.66, look.sideGem ?? 'diamante', look.metal, defs),
          );
        })
        .join('');
      return sides + clawSetStone(top.x, top.y, size, gem, look.metal, defs);
    }
    case 'half-eternity':
      return pave(band, look, defs, false);
    case 'eternity':
      return pave(band, look, defs, true);
    case 'bezel':
      return bezelStone(top.x, top.y + 2, 10 + size * 0.25, gem, look.metal, defs);
    case 'signet':
      return signetHead(band, look.metal, look.signet ?? { face: 'oval', mark: 'plain' }, defs);
  }
}

/** Where the bands go: side by side along the finger when turned, peeking over when face on. */
function layout(look: RingLook, view: RingView) {
  const turned = view !== 'face-on';
  const metals = look.style === 'stack' ? (look.stackMetals ?? [look.metal]) : [look.metal];
  const first = bandFor(look, view, 0);
  const gap = turned ? first.depth + 3 : 0;
  const spread = R * first.k * 2 + first.depth + gap * (metals.length - 1);
  const left = (CANVAS - spread) / 2 + R * first.k;
  const bands = metals.map((metal, i) => ({
    metal,
    band: bandFor(look, view, left + i * gap, CENTRE_Y - (turned ? 0 : i * 9)),
  }));
  return { bands, spread };
}

/** The rings of the picture, back to front, with the shadow under them. */
function rings(
  look: RingLook,
  view: RingView,
  defs: Gradients,
  backdrop: string,
  seed: string,
): string {
  const random = seededRandom(seed);
  const { bands, spread } = layout(look, view);
  const shadow = el('ellipse', {
    cx: CANVAS / 2,
    cy: CENTRE_Y + R + 14,
    rx: spread / 2 + 16,
    ry: 11,
    fill: defs.shadow(),
  });
  const drawn = bands
    .map(
      ({ band, metal }, i) =>
        bandShape(band, metal, defs, backdrop, `opening-${i}`) +
        finishMarks(band, look.finish ?? 'polished', metal, random) +
        ornaments(band, { ...look, metal }, defs),
    )
    .reverse()
    .join('');
  return shadow + drawn;
}

/** The banner's extra shine on a stone. */
function glints(look: RingLook, view: RingView): string {
  const front = layout(look, view).bands[0];
  if (view !== 'featured' || look.gem === undefined || !front) return '';
  const top = topOf(front.band);
  const size = stoneSize(look);
  return (
    sparkle(top.x + size * 0.75, top.y - size * 0.95, 9) +
    sparkle(top.x - size * 0.85, top.y - size * 0.4, 5) +
    sparkle(top.x + size * 0.2, top.y - size * 1.35, 4)
  );
}

/**
 * A ring drawn as a standalone SVG document: no script, no external reference, no text but the
 * title (and a signet's initial), so it is safe to serve and identical on every run.
 */
export function ringIllustration(
  look: RingLook,
  options: { view: RingView; seed: string; title: string; sizePx: number },
): string {
  const defs = new Gradients();
  // The banner takes the next backdrop, so it differs from the product's own pictures.
  const shift = options.view === 'featured' ? 1 : 0;
  const pair = BACKDROPS[(hashText(options.seed) + shift) % BACKDROPS.length] ?? ['#fff', '#eee'];
  const backdrop = defs.backdrop(pair[0], pair[1]);
  const scene =
    el('rect', { x: -CANVAS, y: -CANVAS, width: CANVAS * 3, height: CANVAS * 3, fill: backdrop }) +
    rings(look, options.view, defs, backdrop, options.seed) +
    glints(look, options.view);
  // The banner is a close-up. The backdrop is scaled with the ring, so the colour seen through
  // the ring's opening still matches the colour around it.
  const framed =
    options.view === 'featured'
      ? el('g', { transform: 'translate(200 190) scale(1.2) translate(-200 -190)' }, scene)
      : scene;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${CANVAS} ${CANVAS}`,
      width: options.sizePx,
      height: options.sizePx,
      role: 'img',
      'aria-label': options.title,
    },
    el('title', {}, escapeXml(options.title)) + defs.markup() + framed,
  );
}
