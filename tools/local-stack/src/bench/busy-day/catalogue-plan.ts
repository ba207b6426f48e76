import { choicesFor, type OrderableProduct } from '@aneis/e2e-support';
import type { ShopperClient } from './shopper-client.js';

export interface PlannedProduct {
  readonly _id: string;
  readonly name: string;
  /** Undefined when the product's stock is not tracked (made to order). */
  readonly stock?: number;
}

/** A product the crowd buys, with the size and metal (or other required choices) they pick. */
export interface BuyableProduct extends PlannedProduct {
  readonly choices: Readonly<Record<string, string>>;
}

/** What the crowd shops for, read from the running shop before the clock starts. */
export interface CataloguePlan {
  readonly products: readonly PlannedProduct[];
  /** The home page's first tracked ring: half the buyers want it, so it sells out. */
  readonly popular: BuyableProduct;
  /** What the other buyers order: never sells out, so only `popular` does. */
  readonly evergreen: readonly BuyableProduct[];
  /** Words from the catalogue's names, so searches find something, plus one that finds nothing. */
  readonly searchTerms: readonly string[];
}

interface Page {
  docs: PlannedProduct[];
  pages: number;
}

interface Featured {
  content: { products: { _id: string }[] }[];
}

/**
 * Reads the catalogue through the public API, as the storefront does. Needs the demo catalogue
 * (seeded by the stack): a tracked product on the home page and one whose stock is untracked or
 * large enough to outlast the run.
 */
export async function planCatalogue(client: ShopperClient): Promise<CataloguePlan> {
  const products: PlannedProduct[] = [];
  for (let page = 1; ; page += 1) {
    const reply = await client.call('POST /catalog/search', '/catalog/search', {
      pagingOptions: { page, limit: 100 },
    });
    const data = reply.data as Page | undefined;
    if (!data) throw new Error(`the catalogue search answered ${reply.status}: ${reply.detail}`);
    products.push(...data.docs);
    if (page >= data.pages) break;
  }
  const featured = (await client.call('GET /ui/featured', '/ui/featured?name=homepage')).data as
    Featured | undefined;
  // In the home page's order: its first design is the hero ring everybody sees first.
  const popular = (featured?.content ?? [])
    .flatMap((entry) => entry.products)
    .map((shown) => products.find((product) => product._id === shown._id))
    .find((product) => (product?.stock ?? 0) > 0);
  const untracked = products.filter((product) => product.stock === undefined);
  const evergreen =
    untracked.length > 0
      ? untracked
      : [...products].sort((a, b) => (b.stock ?? 0) - (a.stock ?? 0)).slice(0, 1);
  if (!popular || evergreen.length === 0) {
    throw new Error('the catalogue has no tracked home-page product or nothing to order instead');
  }
  const buyable = async (product: PlannedProduct): Promise<BuyableProduct> => {
    const path = `/catalog/getProductDetails?productId=${encodeURIComponent(product._id)}`;
    const reply = await client.call('GET /catalog/getProductDetails', path);
    const details = reply.data as OrderableProduct | undefined;
    if (!details) throw new Error(`the product ${product._id} answered ${reply.status}`);
    return { ...product, choices: choicesFor(details) };
  };
  const words = products.map((product) => product.name.split(/\s+/)[0]?.toLowerCase() ?? '');
  return {
    products,
    popular: await buyable(popular),
    evergreen: await Promise.all(evergreen.map(buyable)),
    searchTerms: [...new Set(words.filter((word) => word.length > 2)), 'ouro', 'zzzz'],
  };
}
