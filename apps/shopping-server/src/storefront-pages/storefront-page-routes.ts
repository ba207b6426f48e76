import type { Cache } from '@aneis/cache';
import {
  STOREFRONT_LANGUAGE_COOKIE,
  STOREFRONT_STATE_ELEMENT_ID,
  storefrontLanguageFor,
  type StorefrontPageData,
} from '@aneis/contracts';
import type { ShopModels } from '@aneis/data';
import { Router, type Request, type Response } from 'express';
import {
  categoriesAppData,
  categoryAppData,
  homeAppData,
  productAppData,
} from './app-page-data.js';
import { categoryJsonLd, productFacts, productJsonLd, serializeJsonLd } from './json-ld.js';
import { renderPageHead, SITE_NAME, type PageHead } from './page-head.js';
import {
  renderCategoryBody,
  renderHomeBody,
  renderMissingBody,
  renderProductBody,
} from './page-bodies.js';
import type { StorefrontUrls } from './page-urls.js';
import { plainText } from './plain-text.js';
import { priceText } from './price-text.js';
import { robotsTxt, sitemapXml } from './sitemap-xml.js';
import {
  categoryPage,
  homePage,
  productById,
  productPage,
  sitemapEntries,
  type Lookup,
} from './storefront-catalog.js';
import type { RendererSource } from './storefront-renderer.js';
import { fillShell, type ShellSource } from './storefront-shell.js';
import type { ViewerOf } from './storefront-viewer.js';

export interface StorefrontPagesDeps {
  models: ShopModels;
  /** The catalogue cache: the management server empties it on every catalogue change. */
  cache: Cache;
  shell: ShellSource;
  /** The webclient's server-side render; without it the pages carry the plain bodies below. */
  renderer: RendererSource;
  urls: StorefrontUrls;
  /** Who is logged in, so the rendered header greets them instead of offering the login. */
  viewer: ViewerOf;
  warn: (message: string) => void;
}

/** What the app renders a page from, and where in the app the page is. */
interface AppPage {
  path: string;
  data: () => Promise<StorefrontPageData>;
}

const INTL_TAGS = { pt: 'pt-PT', en: 'en-GB' } as const;

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

const HOME_DESCRIPTION =
  'Anéis de noivado, alianças e anéis de sinete feitos à medida, em ouro e platina, com entrega em Portugal.';

/** Cached as JSON under `page:…` beside the catalogue's other answers, and emptied with them. */
async function cached<T>(cache: Cache, key: string, load: () => Promise<T>): Promise<T> {
  return JSON.parse(await cache.getOrLoadJson(`page:${key}`, load)) as T;
}

/**
 * The storefront's findable pages, served at the storefront's own addresses (the edge sends
 * them here, see deploy/src/topology): the home, category and product pages as full HTML in
 * the webclient's own shell, the old `/products/<id>` addresses as permanent redirects, and
 * robots.txt and sitemap.xml. Everything else under the storefront stays the webclient's.
 */
export function storefrontPageRoutes(deps: StorefrontPagesDeps): Router {
  const { models, cache, urls } = deps;
  const router = Router();
  const base = urls.basePath;

  /**
   * The page as the app renders it (hydrated in the browser, in the shopper's language), or the
   * plain body when the renderer is missing or fails: a page always goes out.
   */
  const sendPage = async (
    req: Request,
    res: Response,
    status: number,
    head: PageHead,
    plainBody: () => Promise<string>,
    app?: AppPage,
  ) => {
    const shell = await deps.shell.get();
    const rendered = app ? await renderApp(req, app) : null;
    // A page with a shopper's name is theirs alone: no cache may keep it, and the browser's own
    // may not either (a shared computer's next user, after logging out, must not get it back).
    res
      .status(status)
      .set(shell.headers)
      .set('Cache-Control', rendered?.viewer ? 'private, no-store' : 'no-cache');
    // The language and the shopper come from cookies: a cache must not hand one's page to another.
    if (app) res.vary('Cookie');
    const headTags = await renderPageHead(head, urls.image);
    if (!rendered) {
      res.type('html').send(fillShell(shell.html, headTags, await plainBody()));
      return;
    }
    // Inert JSON (the CSP allows no inline script), escaped so no value can end the element.
    const state = `<script type="application/json" id="${STOREFRONT_STATE_ELEMENT_ID}">${serializeJsonLd(JSON.parse(rendered.state))}</script>`;
    res.type('html').send(
      fillShell(shell.html, headTags, rendered.html, {
        afterApp: state,
        lang: INTL_TAGS[rendered.language],
      }),
    );
  };
  const renderApp = async (req: Request, app: AppPage) => {
    const renderer = await deps.renderer.get();
    if (!renderer) return null;
    const language = storefrontLanguageFor(cookieValue(req, STOREFRONT_LANGUAGE_COOKIE));
    try {
      const [data, categories, viewer] = await Promise.all([
        app.data(),
        cached(cache, 'app-categories', () => categoriesAppData(models)),
        deps.viewer(req),
      ]);
      const result = await renderer.render({
        url: app.path,
        language,
        pageOrigin: urls.origin,
        data: { ...data, categories },
        viewer,
      });
      return { ...result, language, viewer };
    } catch (error) {
      deps.warn(
        `the storefront page ${app.path} went out without the app's markup: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    }
  };
  const sendMissing = async (req: Request, res: Response) => {
    await sendPage(
      req,
      res,
      404,
      {
        title: `Página não encontrada — ${SITE_NAME}`,
        description: HOME_DESCRIPTION,
        canonicalUrl: urls.home,
        ogType: 'website',
        robots: 'noindex',
      },
      () => renderMissingBody(urls),
    );
  };
  const redirectOr = async <T>(
    req: Request,
    res: Response,
    lookup: Lookup<T>,
    to: (slug: string) => string,
    show: (page: T) => Promise<void>,
  ) => {
    if (lookup.kind === 'moved') res.redirect(301, to(lookup.slug));
    else if (lookup.kind === 'missing') await sendMissing(req, res);
    else await show(lookup.page);
  };

  const home = async (req: Request, res: Response) => {
    const page = await cached(cache, 'home', () => homePage(models));
    await sendPage(
      req,
      res,
      200,
      {
        title: `${SITE_NAME} — anéis feitos à medida`,
        description: HOME_DESCRIPTION,
        canonicalUrl: urls.home,
        ogType: 'website',
        ...(page.products[0]?.images[0] ? { image: page.products[0].images[0] } : {}),
      },
      () => renderHomeBody(page, urls),
      {
        path: '/',
        data: async () => ({
          home: {
            featured: await cached(cache, 'app-home', () => homeAppData(models, urls.image)),
          },
        }),
      },
    );
  };
  router.get(base === '' ? '/' : [base, `${base}/`], home);

  router.get(`${base}/anel/:slug`, async (req, res) => {
    const slug = String(req.params['slug']);
    const lookup = await cached(cache, `product:${slug}`, () => productPage(models, slug));
    await redirectOr(req, res, lookup, urls.product, async (product) => {
      const price = priceText(product.priceCents, product.currency);
      const about = plainText(product.descriptionHtml, 120);
      await sendPage(
        req,
        res,
        200,
        {
          title: `${product.name} — ${price} — ${SITE_NAME}`,
          description: about === '' ? `${product.name}, ${price}.` : `${about} ${price}.`,
          canonicalUrl: urls.product(product.slug),
          ogType: 'product',
          ...(product.images[0] ? { image: product.images[0] } : {}),
          jsonLd: productJsonLd(
            productFacts(product, urls, plainText(product.descriptionHtml, 500)),
          ),
        },
        () => renderProductBody(product, urls),
        {
          path: `/anel/${encodeURIComponent(product.slug)}`,
          data: async () => ({
            product: await cached(cache, `app-product:${product.slug}`, () =>
              productAppData(models, product.slug, urls.image),
            ),
          }),
        },
      );
    });
  });

  router.get(`${base}/categoria/:slug`, async (req, res) => {
    const slug = String(req.params['slug']);
    const lookup = await cached(cache, `category:${slug}`, () => categoryPage(models, slug));
    await redirectOr(req, res, lookup, urls.category, async (page) => {
      const count = page.products.length;
      await sendPage(
        req,
        res,
        200,
        {
          title: `${page.category.label} — ${SITE_NAME}`,
          description: `${page.category.label}: ${count} ${count === 1 ? 'anel' : 'anéis'} feitos à medida, em ouro e platina.`,
          canonicalUrl: urls.category(page.category.slug),
          ogType: 'website',
          ...(page.products[0]?.images[0] ? { image: page.products[0].images[0] } : {}),
          jsonLd: categoryJsonLd(page, urls),
        },
        () => renderCategoryBody(page, urls),
        {
          path: `/categoria/${encodeURIComponent(page.category.slug)}`,
          data: async () => {
            const category = await cached(cache, `app-category:${page.category.slug}`, () =>
              categoryAppData(models, page.category.slug, urls.image),
            );
            if (!category) throw new Error('the category has no page in the app');
            return { category };
          },
        },
      );
    });
  });

  // The storefront's first product addresses, by database id: links to them live on.
  router.get(`${base}/products/:productId`, async (req, res) => {
    const id = String(req.params['productId']);
    await redirectOr(req, res, await productById(models, id), urls.product, async () => undefined);
  });

  router.get('/sitemap.xml', async (_req, res) => {
    const entries = await cached(cache, 'sitemap', () => sitemapEntries(models));
    res.status(200).type('application/xml').set('Cache-Control', 'public, max-age=300');
    res.send(sitemapXml(entries, urls));
  });
  router.get('/robots.txt', (_req, res) => {
    res.status(200).type('text/plain').set('Cache-Control', 'public, max-age=3600');
    res.send(robotsTxt(urls));
  });
  return router;
}
