import type { Cache } from '@aneis/cache';
import type { ShopModels } from '@aneis/data';
import { Router, type Request, type Response } from 'express';
import { productJsonLd } from './json-ld.js';
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
import { fillShell, type ShellSource } from './storefront-shell.js';

export interface StorefrontPagesDeps {
  models: ShopModels;
  /** The catalogue cache: the management server empties it on every catalogue change. */
  cache: Cache;
  shell: ShellSource;
  urls: StorefrontUrls;
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

  const sendPage = async (res: Response, status: number, head: PageHead, body: string) => {
    const shell = await deps.shell.get();
    res.status(status).set(shell.headers).set('Cache-Control', 'no-cache');
    res.type('html').send(fillShell(shell.html, await renderPageHead(head), body));
  };
  const sendMissing = async (res: Response) => {
    await sendPage(
      res,
      404,
      {
        title: `Página não encontrada — ${SITE_NAME}`,
        description: HOME_DESCRIPTION,
        canonicalUrl: urls.home,
        ogType: 'website',
        robots: 'noindex',
      },
      await renderMissingBody(urls),
    );
  };
  const redirectOr = async <T>(
    res: Response,
    lookup: Lookup<T>,
    to: (slug: string) => string,
    show: (page: T) => Promise<void>,
  ) => {
    if (lookup.kind === 'moved') res.redirect(301, to(lookup.slug));
    else if (lookup.kind === 'missing') await sendMissing(res);
    else await show(lookup.page);
  };

  const home = async (_req: Request, res: Response) => {
    const page = await cached(cache, 'home', () => homePage(models));
    await sendPage(
      res,
      200,
      {
        title: `${SITE_NAME} — anéis feitos à medida`,
        description: HOME_DESCRIPTION,
        canonicalUrl: urls.home,
        ogType: 'website',
        ...(page.products[0]?.images[0] ? { image: page.products[0].images[0] } : {}),
      },
      await renderHomeBody(page, urls),
    );
  };
  router.get(base === '' ? '/' : [base, `${base}/`], home);

  router.get(`${base}/anel/:slug`, async (req, res) => {
    const slug = String(req.params['slug']);
    const lookup = await cached(cache, `product:${slug}`, () => productPage(models, slug));
    await redirectOr(res, lookup, urls.product, async (product) => {
      const price = priceText(product.priceCents, product.currency);
      const about = plainText(product.descriptionHtml, 120);
      await sendPage(
        res,
        200,
        {
          title: `${product.name} — ${price} — ${SITE_NAME}`,
          description: about === '' ? `${product.name}, ${price}.` : `${about} ${price}.`,
          canonicalUrl: urls.product(product.slug),
          ogType: 'product',
          ...(product.images[0] ? { image: product.images[0] } : {}),
          jsonLd: productJsonLd({
            name: product.name,
            description: plainText(product.descriptionHtml, 500),
            url: urls.product(product.slug),
            images: product.images,
            priceCents: product.priceCents,
            currency: product.currency,
            inStock: product.inStock,
            sku: product.sku,
            brand: product.brand,
          }),
        },
        await renderProductBody(product, urls),
      );
    });
  });

  router.get(`${base}/categoria/:slug`, async (req, res) => {
    const slug = String(req.params['slug']);
    const lookup = await cached(cache, `category:${slug}`, () => categoryPage(models, slug));
    await redirectOr(res, lookup, urls.category, async (page) => {
      const count = page.products.length;
      await sendPage(
        res,
        200,
        {
          title: `${page.category.label} — ${SITE_NAME}`,
          description: `${page.category.label}: ${count} ${count === 1 ? 'anel' : 'anéis'} feitos à medida, em ouro e platina.`,
          canonicalUrl: urls.category(page.category.slug),
          ogType: 'website',
          ...(page.products[0]?.images[0] ? { image: page.products[0].images[0] } : {}),
        },
        await renderCategoryBody(page, urls),
      );
    });
  });

  // The storefront's first product addresses, by database id: links to them live on.
  router.get(`${base}/products/:productId`, async (req, res) => {
    const id = String(req.params['productId']);
    await redirectOr(res, await productById(models, id), urls.product, async () => undefined);
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
