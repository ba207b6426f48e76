/** Outer radius of every ring, in drawing units (the canvas is 400 × 400). */
export const RING_RADIUS = 108;

/**
 * One band as drawn: `k` squashes the ring's circle sideways (1 = seen face on, below 1 = turned
 * away), `depth` is how far its back edge shows to the right (its width), `thickness` is the
 * metal between the outside and the opening.
 */
export interface Band {
  readonly cx: number;
  readonly cy: number;
  readonly k: number;
  readonly depth: number;
  readonly thickness: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
  /** Angle of the surface's outward normal from straight up, in degrees (for seated stones). */
  readonly tilt: number;
}

/** The ellipse stones and patterns follow: the band's outside, or its face when seen face on. */
function midline(band: Band) {
  if (band.depth > 0) {
    return { xc: band.cx + band.depth / 2, rx: RING_RADIUS * band.k, ry: RING_RADIUS };
  }
  const r = RING_RADIUS - band.thickness / 2;
  return { xc: band.cx, rx: r * band.k, ry: r };
}

/** A point of the midline, `angle` degrees clockwise from the top of the ring. */
export function pointAt(band: Band, angle: number): Point {
  const { xc, rx, ry } = midline(band);
  const psi = (angle * Math.PI) / 180;
  const x = xc + rx * Math.sin(psi);
  const y = band.cy - ry * Math.cos(psi);
  const tilt = (Math.atan2(Math.sin(psi) / rx, Math.cos(psi) / ry) * 180) / Math.PI;
  return { x, y, tilt };
}

/** The top of the ring, where a stone or a signet's face sits. */
export function topOf(band: Band): Point {
  return pointAt(band, 0);
}

/** Points every `spacing` units along the midline from `from` to `to` degrees. */
export function pointsAlong(band: Band, from: number, to: number, spacing: number): Point[] {
  const { rx, ry } = midline(band);
  const points: Point[] = [];
  let angle = from;
  while (angle <= to) {
    points.push(pointAt(band, angle));
    const psi = (angle * Math.PI) / 180;
    const speed = Math.hypot(rx * Math.cos(psi), ry * Math.sin(psi));
    angle += ((spacing / Math.max(speed, 1)) * 180) / Math.PI;
  }
  return points;
}

/** A point on the band's surface: `along` 0-1 across its width, `angle` as in `pointAt`. */
export function surfacePoint(band: Band, along: number, angle: number): { x: number; y: number } {
  const psi = (angle * Math.PI) / 180;
  if (band.depth > 0) {
    return {
      x: band.cx + along * band.depth + RING_RADIUS * band.k * Math.sin(psi),
      y: band.cy - RING_RADIUS * Math.cos(psi),
    };
  }
  const r = RING_RADIUS - along * band.thickness;
  return { x: band.cx + r * band.k * Math.sin(psi), y: band.cy - r * Math.cos(psi) };
}

/** The range of angles whose surface the viewer sees. */
export function visibleAngles(band: Band): { from: number; to: number } {
  return band.depth > 0 ? { from: 0, to: 180 } : { from: -180, to: 180 };
}
