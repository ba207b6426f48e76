import { contentSecurityPolicy, webclientSecurityHeaders } from './index.js';

const CLUSTER = {
  shopping: 'https://shopping.gic-asenhoradosaneis.example',
  management: 'https://management.gic-asenhoradosaneis.example',
};

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

describe('the webclients’ Content-Security-Policy', () => {
  it('when the storefront is served, then Stripe.js and its frames are the only third party, with the API and image origins', () => {
    const policy = contentSecurityPolicy('shopping-webclient', {
      api: CLUSTER.shopping,
      images: [`${CLUSTER.management}/`],
    });
    expect(policy).toBe(
      [
        "default-src 'self'",
        "script-src 'self' https://js.stripe.com",
        "style-src 'self'",
        `img-src 'self' data: blob: ${CLUSTER.shopping} ${CLUSTER.management}`,
        `connect-src 'self' ${CLUSTER.shopping} https://api.stripe.com`,
        'frame-src https://js.stripe.com https://hooks.stripe.com',
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
  });

  it('when the admin is served, then it may upload to the image origins and load nothing from a third party or a frame', () => {
    const bucket = 'https://aneis-images.s3.eu-west-1.amazonaws.com';
    const directives = directivesOf(
      contentSecurityPolicy('management-webclient', {
        api: CLUSTER.management,
        images: [bucket],
        uploads: [bucket],
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", CLUSTER.management, bucket]);
    expect(directives.get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      CLUSTER.management,
      bucket,
    ]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    const joined = [...directives.values()].flat();
    expect(joined).not.toContain("'unsafe-inline'");
    expect(joined).not.toContain("'unsafe-eval'");
    expect(joined.some((source) => source.includes('stripe'))).toBe(false);
  });

  it('when an origin repeats, then it is listed once', () => {
    const directives = directivesOf(
      contentSecurityPolicy('management-webclient', {
        api: CLUSTER.management,
        images: [CLUSTER.management, CLUSTER.management.toUpperCase()],
        uploads: [CLUSTER.management],
      }),
    );
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:', CLUSTER.management]);
    expect(directives.get('connect-src')).toEqual(["'self'", CLUSTER.management]);
  });

  it.each([
    'shopping.example',
    'https://shopping.example/images',
    "https://evil.example; script-src 'unsafe-inline'",
    'ftp://files.example',
    'https://*.example',
  ])('when %s is given as an origin, then it is refused', (origin) => {
    expect(() => contentSecurityPolicy('shopping-webclient', { api: origin, images: [] })).toThrow(
      /is not an http\(s\) origin/,
    );
  });
});

describe('the webclients’ security headers', () => {
  it('when a webclient is served, then it cannot be framed, sniffed or leak paths in referrers', () => {
    const origins = { api: CLUSTER.management, images: [CLUSTER.management] };
    expect(webclientSecurityHeaders('management-webclient', origins)).toEqual({
      'Content-Security-Policy': contentSecurityPolicy('management-webclient', origins),
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
