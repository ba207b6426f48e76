import { sanitizeDescriptionHtml } from './description-html.js';

describe('sanitizeDescriptionHtml', () => {
  it('when the description is the editor’s formatting, then it is kept as written', () => {
    const html =
      '<p>Ouro <strong>18k</strong> &amp; <em>platina</em>.</p><ul><li>Feito à mão</li></ul><p>Ver <a href="https://loja.example/guia">o guia</a><br>ou <a href="/shopping/faq">as perguntas</a>.</p>';

    expect(sanitizeDescriptionHtml(html)).toBe(
      '<p>Ouro <strong>18k</strong> &amp; <em>platina</em>.</p><ul><li>Feito à mão</li></ul><p>Ver <a href="https://loja.example/guia" rel="nofollow noopener">o guia</a><br>ou <a href="/shopping/faq" rel="nofollow noopener">as perguntas</a>.</p>',
    );
  });

  it('when the description holds scripts, handlers, styles or frames, then none of them is left', () => {
    const hostile = [
      '<p onclick="alert(1)">Anel</p>',
      '<script>alert(1)</script>',
      '<SCRIPT src=//evil.example/x.js></SCRIPT>',
      '<img src=x onerror=alert(1)>',
      '<svg><script>alert(1)</script></svg>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<style>body{display:none}</style>',
      '<a href="javascript:alert(1)">a</a>',
      '<a href="JaVa&#x09;ScRiPt&colon;alert(1)">b</a>',
      '<a href=" data:text/html,<script>alert(1)</script>">c</a>',
      '<a href="//evil.example">d</a>',
      '<a href="/\\evil.example">d2</a>',
      '<p style="background:url(javascript:alert(1))">e</p>',
      '<!--><script>alert(1)</script>-->',
      '<<script>script>alert(1)<</script>/script>',
      '<p title="x"><b onmouseover=alert(1)>f</b></p>',
      '</p></div></main><form action="https://evil.example">',
    ].join('');

    const clean = sanitizeDescriptionHtml(hostile);

    expect(clean).not.toMatch(/<script|<img|<svg|<iframe|<style|<form|<\/div|<\/main/i);
    expect(clean).not.toMatch(/\son\w+=|style=|title=|javascript:|data:|\/\/evil|\/\\evil/i);
    expect(clean).toContain('<p>Anel</p>');
    expect(clean).toContain('<a>a</a>');
  });

  it('when text holds angle brackets or a bare ampersand, then they stay text', () => {
    expect(sanitizeDescriptionHtml('3 < 5 & 7 > 2 &eacute; <b')).toBe(
      '3 &lt; 5 &amp; 7 &gt; 2 &eacute; &lt;b',
    );
  });

  it('when elements are left open or closed out of order, then every kept element is closed', () => {
    expect(sanitizeDescriptionHtml('<p><strong>sem fim')).toBe('<p><strong>sem fim</strong></p>');
    expect(sanitizeDescriptionHtml('<ul><li>um</ul></li>')).toBe('<ul><li>um</li></ul>');
  });

  it('when a description is made safe twice (server, then browser), then the second pass changes nothing', () => {
    const samples = [
      '<p>Ouro <strong>18k</strong> &amp; <a href="https://loja.example/a?b=1&amp;c=2">guia</a></p>',
      '3 < 5 & 7 > 2 &eacute; <b',
      '<ul><li>um</ul></li><a href="JaVa&#x09;ScRiPt&colon;alert(1)">x</a>',
      '<p title="x"><b onmouseover=alert(1)>f</b></p><script>alert(1)</script>',
    ];
    for (const html of samples) {
      const once = sanitizeDescriptionHtml(html);
      expect(sanitizeDescriptionHtml(once)).toBe(once);
    }
  });
});
