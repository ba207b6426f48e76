import { DEMO_PRODUCTS } from '../demo-products.js';
import { METALS } from './ring-materials.js';
import { ringIllustration, type RingView } from './ring-illustration.js';

const views: RingView[] = ['turned', 'face-on', 'featured'];

describe('ring illustrations', () => {
  it('when every demo ring is drawn in every view, then each is a finite, balanced SVG in its metal, the same every time', () => {
    for (const product of DEMO_PRODUCTS) {
      const look = { ...product.look, metal: product.metals[0] };
      for (const view of views) {
        const options = { view, seed: product.sku, title: product.name, sizePx: 400 };
        const svg = ringIllustration(look, options);
        const where = `${product.sku} ${view}`;
        expect(svg, where).toMatch(
          /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 400 400"/,
        );
        expect(svg.endsWith('</svg>'), where).toBe(true);
        expect(svg, where).not.toMatch(/NaN|undefined|Infinity/);
        expect(svg, where).toContain(METALS[look.metal].mid);
        const opened = svg.match(/<(?!\/)[a-zA-Z]+[^>]*[^/]>/g)?.length ?? 0;
        const closed = svg.match(/<\/[a-zA-Z]+>/g)?.length ?? 0;
        expect(opened, where).toBe(closed);
        expect(ringIllustration(look, options), where).toBe(svg);
      }
    }
  });

  it('when a title has markup in it, then it is escaped', () => {
    const svg = ringIllustration(
      { style: 'band', metal: 'prata', widthMm: 2 },
      { view: 'turned', seed: 'x', title: '<script>alert("x")</script>', sizePx: 400 },
    );
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
});
