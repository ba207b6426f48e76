import { rewriteCssReferences, rewriteHtmlReferences } from './asset-references.js';

const renames = new Map([
  ['assets/styles.css', 'assets/styles.3f9a1c2b.css'],
  ['assets/ring.svg', 'assets/ring.0011aabb.svg'],
]);

describe('asset references', () => {
  it('when a page names renamed assets, then only those references change', () => {
    const html = [
      '<link href="/assets/styles.css">',
      "<img src='assets/ring.svg#gem' alt=''>",
      '<a href="/shopping/">',
      '<a href="#en">',
      '<a href="mailto:loja@example.test">',
      '<img src="data:image/gif;base64,R0lGOD" alt="">',
      '<script src="https://cdn.example.test/x.js"></script>',
      '<script src="//cdn.example.test/y.js"></script>',
    ].join('\n');

    const result = rewriteHtmlReferences(html, 'index.html', renames);

    expect(result.missing).toEqual([]);
    expect(result.text).toContain('<link href="/assets/styles.3f9a1c2b.css">');
    expect(result.text).toContain("<img src='assets/ring.0011aabb.svg#gem' alt=''>");
    expect(result.text).toContain('href="/shopping/"');
    expect(result.text).toContain('href="#en"');
    expect(result.text).toContain('cdn.example.test/x.js');
  });

  it('when a named local file is not in the site, then it is reported; other pages are not', () => {
    const html = '<img src="/assets/missing.svg" alt=""><a href="/about.html">';

    expect(rewriteHtmlReferences(html, 'index.html', renames).missing).toEqual([
      '/assets/missing.svg',
    ]);
  });

  it('when a stylesheet uses url() in any quoting, then each resolves from its own folder', () => {
    const css = 'a{background:url(ring.svg)}b{background:url( "/assets/ring.svg" )}';

    const result = rewriteCssReferences(css, 'assets/styles.css', renames);

    expect(result.text).toBe(
      'a{background:url(ring.0011aabb.svg)}b{background:url( "/assets/ring.0011aabb.svg" )}',
    );
  });
});
