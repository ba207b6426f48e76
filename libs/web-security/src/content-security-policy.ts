/** The two single-page apps whose pages the policies below protect. */
export type Webclient = 'shopping-webclient' | 'management-webclient';

/** Where a webclient's page reaches out to, as origins (`https://host[:port]`, no path). */
export interface WebclientOrigins {
  /** The API server it calls, e.g. `https://shopping.gic-asenhoradosaneis.example`. */
  readonly api: string;
  /**
   * Where product images come from: the management server's `/images` with local storage, or
   * the bucket's public origin with S3 (and any other host ALLOWED_IMAGE_HOSTS lets through).
   */
  readonly images: readonly string[];
  /** Admin only: where the browser PUTs signed image uploads (the same origins as `images`). */
  readonly uploads?: readonly string[];
}

// Stripe.js must come from js.stripe.com (PCI rules forbid bundling it); its card field and 3-D
// Secure run in frames from js.stripe.com and hooks.stripe.com, and it talks to api.stripe.com.
const STRIPE_SCRIPTS = ['https://js.stripe.com'];
const STRIPE_FRAMES = ['https://js.stripe.com', 'https://hooks.stripe.com'];
const STRIPE_API = ['https://api.stripe.com'];

const ORIGIN = /^https?:\/\/[^\s/;,'"*]+$/i;

type Directives = ReadonlyArray<readonly [string, readonly string[]]>;

/**
 * The Content-Security-Policy of a webclient's pages. Both apps are Vite builds: module scripts
 * and stylesheets from their own origin only, no inline script or style, no eval. Images may be
 * data: and blob: URIs (generated pictures, previews of a file being uploaded) or come from the
 * image origins. Nothing may frame the page, and only the storefront's checkout loads a third
 * party (Stripe.js and its frames). Used by the local stack's static server and, with the
 * cluster's origins, by the webclients' web server and the ingress.
 */
export function contentSecurityPolicy(app: Webclient, origins: WebclientOrigins): string {
  const api = checkedOrigins([origins.api]);
  const images = checkedOrigins(origins.images);
  const uploads = checkedOrigins(origins.uploads ?? []);
  const storefront = app === 'shopping-webclient';
  const directives: Directives = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...(storefront ? STRIPE_SCRIPTS : [])]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...api, ...images]],
    ['connect-src', ["'self'", ...api, ...(storefront ? STRIPE_API : uploads)]],
    ['frame-src', storefront ? STRIPE_FRAMES : ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${unique(sources).join(' ')}`).join('; ');
}

function checkedOrigins(values: readonly string[]): string[] {
  return values.map((value) => {
    const origin = value.replace(/\/+$/, '');
    if (!ORIGIN.test(origin)) {
      throw new Error(`"${value}" is not an http(s) origin (scheme://host[:port], no path)`);
    }
    return origin.toLowerCase();
  });
}

function unique(sources: readonly string[]): string[] {
  return [...new Set(sources)];
}
