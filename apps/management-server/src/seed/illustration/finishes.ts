import { surfacePoint, visibleAngles, type Band } from './band-geometry.js';
import { METALS, type Metal } from './ring-materials.js';
import { el, pathData } from './svg-markup.js';

/** How a band's surface is worked. */
export type RingFinish =
  'polished' | 'milgrain' | 'wave' | 'filigree' | 'hammered' | 'brushed' | 'grooved';

function angles(band: Band, step: number): number[] {
  const { from, to } = visibleAngles(band);
  const list: number[] = [];
  for (let angle = from; angle < to + 0.001; angle += step) list.push(angle);
  return list;
}

/** A line across the visible surface at a fixed place across its width (0 to 1). */
function lineAcross(band: Band, along: (angle: number) => number, step = 3): string {
  const points = angles(band, step).map((angle) => surfacePoint(band, along(angle), angle));
  return pathData(...points.flatMap((p, i) => [i === 0 ? 'M' : 'L', p.x, p.y]));
}

/** The marks a finish leaves on the visible surface of the band (none when polished). */
export function finishMarks(
  band: Band,
  finish: RingFinish,
  metal: Metal,
  random: () => number,
): string {
  const m = METALS[metal];
  const width = band.depth > 0 ? band.depth : band.thickness;
  switch (finish) {
    case 'polished':
      return '';
    case 'milgrain': {
      const edges = band.depth > 0 ? [0.06, 0.94] : [0.14, 0.86];
      return edges
        .flatMap((along) =>
          angles(band, 3).map((angle) => {
            const p = surfacePoint(band, along, angle);
            return el('circle', {
              cx: p.x,
              cy: p.y,
              r: 1.1,
              fill: m.light,
              stroke: m.dark,
              'stroke-width': 0.35,
            });
          }),
        )
        .join('');
    }
    case 'wave':
      return (
        el('path', {
          d: lineAcross(band, (angle) => 0.5 + 0.3 * Math.sin((angle * Math.PI) / 15), 1.5),
          fill: 'none',
          stroke: m.dark,
          'stroke-width': 1.4,
          'stroke-opacity': 0.75,
        }) +
        el('path', {
          d: lineAcross(band, (angle) => 0.56 + 0.3 * Math.sin((angle * Math.PI) / 15), 1.5),
          fill: 'none',
          stroke: '#ffffff',
          'stroke-width': 0.7,
          'stroke-opacity': 0.6,
        })
      );
    case 'filigree':
      return angles(band, 7)
        .map((angle, i) => {
          const p = surfacePoint(band, 0.5, angle);
          return i % 2 === 0
            ? el('circle', {
                cx: p.x,
                cy: p.y,
                r: width * 0.17,
                fill: 'none',
                stroke: m.dark,
                'stroke-width': 0.9,
                'stroke-opacity': 0.8,
              })
            : el('circle', {
                cx: p.x,
                cy: p.y,
                r: width * 0.06,
                fill: m.dark,
                'fill-opacity': 0.7,
              });
        })
        .join('');
    case 'hammered': {
      const { from, to } = visibleAngles(band);
      const marks: string[] = [];
      for (let i = 0; i < 90; i += 1) {
        const p = surfacePoint(band, 0.1 + random() * 0.8, from + random() * (to - from));
        marks.push(
          el('ellipse', {
            cx: p.x,
            cy: p.y,
            rx: 1.8 + random() * 2.6,
            ry: 1.2 + random() * 2,
            fill: random() < 0.5 ? '#ffffff' : m.dark,
            'fill-opacity': 0.18 + random() * 0.2,
          }),
        );
      }
      return marks.join('');
    }
    case 'brushed': {
      const lines: string[] = [];
      for (let along = 0.08, i = 0; along < 0.93; along += 0.06, i += 1) {
        lines.push(
          el('path', {
            d: lineAcross(band, () => along, 6),
            fill: 'none',
            stroke: i % 2 === 0 ? '#ffffff' : m.dark,
            'stroke-width': 0.5,
            'stroke-opacity': 0.25,
          }),
        );
      }
      return lines.join('');
    }
    case 'grooved':
      return [0.3, 0.7]
        .map(
          (along) =>
            el('path', {
              d: lineAcross(band, () => along),
              fill: 'none',
              stroke: m.dark,
              'stroke-width': 1.6,
              'stroke-opacity': 0.8,
            }) +
            el('path', {
              d: lineAcross(band, () => along + 0.04),
              fill: 'none',
              stroke: '#ffffff',
              'stroke-width': 0.8,
              'stroke-opacity': 0.7,
            }),
        )
        .join('');
  }
}
