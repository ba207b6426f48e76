import { el, gradientStops } from './svg-markup.js';
import { GEMS, METALS, type Gem, type Metal } from './ring-materials.js';

/** The `<defs>` of one drawing: each gradient is defined once, however often it is used. */
export class Gradients {
  private readonly defined = new Map<string, string>();

  /** Side of a band: a bright streak down the middle, as polished metal catches the light. */
  metalSide(metal: Metal): string {
    const m = METALS[metal];
    return this.define(`side-${metal}`, (id) =>
      el(
        'linearGradient',
        { id, x1: 0, y1: 0, x2: 1, y2: 0.25 },
        gradientStops([
          [0, m.dark],
          [0.3, m.mid],
          [0.52, m.light],
          [0.74, m.mid],
          [1, m.dark],
        ]),
      ),
    );
  }

  /** A face turned to the light: bright top left, dark bottom right. */
  metalFace(metal: Metal): string {
    const m = METALS[metal];
    return this.define(`face-${metal}`, (id) =>
      el(
        'linearGradient',
        { id, x1: 0, y1: 0, x2: 1, y2: 1 },
        gradientStops([
          [0, m.light],
          [0.45, m.mid],
          [1, m.dark],
        ]),
      ),
    );
  }

  /** The inside of a band, seen through its opening. */
  metalInner(metal: Metal): string {
    const m = METALS[metal];
    return this.define(`inner-${metal}`, (id) =>
      el(
        'linearGradient',
        { id, x1: 0, y1: 0, x2: 1, y2: 0 },
        gradientStops([
          [0, m.dark],
          [0.7, m.mid],
          [1, m.dark],
        ]),
      ),
    );
  }

  gem(gem: Gem): string {
    const g = GEMS[gem];
    return this.define(`gem-${gem}`, (id) =>
      el(
        'linearGradient',
        { id, x1: 0.2, y1: 0, x2: 0.8, y2: 1 },
        gradientStops([
          [0, g.light],
          [0.5, g.mid],
          [1, g.dark],
        ]),
      ),
    );
  }

  /** The backdrop, in user space so a ring's opening can be painted with the same colours. */
  backdrop(light: string, deep: string): string {
    return this.define('backdrop', (id) =>
      el(
        'radialGradient',
        { id, gradientUnits: 'userSpaceOnUse', cx: 180, cy: 140, r: 340 },
        gradientStops([
          [0, light],
          [1, deep],
        ]),
      ),
    );
  }

  shadow(): string {
    return this.define('shadow', (id) =>
      el(
        'radialGradient',
        { id },
        gradientStops([
          [0, '#000000', 0.28],
          [1, '#000000', 0],
        ]),
      ),
    );
  }

  /** A clip path, named by the caller (one per band opening). */
  clip(id: string, shape: string): string {
    return this.define(id, (name) => el('clipPath', { id: name }, shape));
  }

  markup(): string {
    return el('defs', {}, [...this.defined.values()].join(''));
  }

  private define(id: string, build: (id: string) => string): string {
    if (!this.defined.has(id)) this.defined.set(id, build(id));
    return `url(#${id})`;
  }
}
