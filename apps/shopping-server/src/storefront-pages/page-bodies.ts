import { createSSRApp, h, type VNode, type VNodeArrayChildren } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { SITE_NAME, withoutFragmentMarks } from './page-head.js';
import type { StorefrontUrls } from './page-urls.js';
import { plainText } from './plain-text.js';
import { priceText } from './price-text.js';
import type { CategoryPage, HomePage, PageProduct } from './storefront-catalog.js';

/*
 * What a page shows before its JavaScript runs (and all a crawler that runs none sees): the
 * ring's name, price and availability, or the list of rings with links. Plain semantic HTML
 * inside the app's mount point; the app replaces it when it mounts.
 */

function stockText(product: PageProduct): string {
  return product.inStock ? 'Disponível' : 'Esgotado';
}

function productLink(product: PageProduct, urls: StorefrontUrls): VNode {
  return h('li', [
    h('a', { href: urls.product(product.slug) }, product.name),
    ' — ',
    h('span', { 'data-price': '' }, priceText(product.priceCents, product.currency)),
    product.inStock ? null : ` (${stockText(product)})`,
  ]);
}

function siteNav(urls: StorefrontUrls, trail: VNodeArrayChildren = []): VNode {
  return h('nav', { 'aria-label': 'Caminho' }, [h('a', { href: urls.home }, SITE_NAME), ...trail]);
}

async function render(nodes: () => VNodeArrayChildren): Promise<string> {
  return withoutFragmentMarks(await renderToString(createSSRApp({ render: nodes })));
}

export function renderProductBody(product: PageProduct, urls: StorefrontUrls): Promise<string> {
  const category = product.category;
  const image = product.images[0] ? urls.image(product.images[0]) : undefined;
  return render(() => [
    siteNav(
      urls,
      category ? [' › ', h('a', { href: urls.category(category.slug) }, category.label)] : [],
    ),
    h('main', [
      h('article', [
        h('h1', product.name),
        image ? h('img', { src: image, alt: product.name, width: 600, height: 600 }) : null,
        h('p', { 'data-price': '' }, priceText(product.priceCents, product.currency)),
        h('p', stockText(product)),
        h('p', product.brand),
        h('p', plainText(product.descriptionHtml, 2_000)),
      ]),
    ]),
  ]);
}

export function renderCategoryBody(page: CategoryPage, urls: StorefrontUrls): Promise<string> {
  return render(() => [
    siteNav(urls, [' › ', h('span', page.category.label)]),
    h('main', [
      h('h1', page.category.label),
      page.products.length === 0
        ? h('p', 'Ainda não há anéis nesta categoria.')
        : h(
            'ul',
            page.products.map((product) => productLink(product, urls)),
          ),
    ]),
  ]);
}

export function renderHomeBody(page: HomePage, urls: StorefrontUrls): Promise<string> {
  return render(() => [
    siteNav(urls),
    h('main', [
      h('h1', SITE_NAME),
      h('h2', 'Categorias'),
      h(
        'ul',
        page.categories.map((category) =>
          h('li', [h('a', { href: urls.category(category.slug) }, category.label)]),
        ),
      ),
      h('h2', 'Novidades'),
      h(
        'ul',
        page.products.map((product) => productLink(product, urls)),
      ),
    ]),
  ]);
}

export function renderMissingBody(urls: StorefrontUrls): Promise<string> {
  return render(() => [
    siteNav(urls),
    h('main', [h('h1', 'Página não encontrada'), h('a', { href: urls.home }, 'Voltar à loja')]),
  ]);
}
