import { featuredUpsertBodySchema, type Auditor } from '@aneis/contracts';
import { addProduct } from '../catalog/manage-products.js';
import { upsertFeaturedSection } from '../featured/featured-sections.js';
import type { LocalImageStorage } from '../images/local-image-storage.js';
import { addCategory, addTariff } from '../reference/categories-and-tariffs.js';
import type { Services } from '../services.js';
import { demoProductBody } from './demo-product-body.js';
import type { DemoProduct, DemoTariff } from './demo-product.js';
import { DEMO_HOMEPAGE, DEMO_PRODUCTS } from './demo-products.js';
import { plannedImages, renderDemoImages, writeDemoImages } from './demo-images.js';
import type { RenderCache } from './illustration/render-cache.js';
import { referenceDefaults } from './reference-defaults.js';
import { seedReferenceData, type SeedReport } from './seed-reference-data.js';

/** The demo rings are sold by the shop itself. */
export const DEMO_STORE = 'A SENHORA DOS ANÉIS';

/** Who the audit log says created the demo data. */
export const DEMO_ACTOR: Auditor = {
  email: 'demo-catalogue@asenhoradosaneis.example',
  name: 'Demo catalogue',
};

export type DemoCatalogueDeps = Pick<
  Services,
  'shop' | 'audit' | 'logger' | 'now' | 'allowedImageHosts' | 'shopCache'
> & {
  /** The generated pictures are written here and served by this server's `/images` routes. */
  images: LocalImageStorage;
  /** Where finished renders are kept between seeds (none: every picture is drawn). */
  renderCache?: RenderCache;
};

export interface DemoCatalogueReport {
  reference: SeedReport;
  categoriesCreated: number;
  tariffsCreated: number;
  products: { total: number; created: number; existing: number };
  imagesWritten: number;
  homepage: 'created' | 'existing';
}

/** How often progress is printed, in products. */
const PROGRESS_EVERY = 5;

/** Changes are announced to the storefront's cache once, at the end, not once per product. */
const silentCache: Services['shopCache'] = {
  catalogChanged: () => Promise.resolve(),
  referenceDataChanged: () => Promise.resolve(),
};

function checkImageHostAllowed(deps: DemoCatalogueDeps): void {
  const sample = plannedImages(DEMO_PRODUCTS[0] as DemoProduct)[0];
  const host = sample ? new URL(deps.images.liveUrlOf(sample.key)).host : '';
  if (!deps.allowedImageHosts.includes(host)) {
    throw new Error(
      `the demo images would be served from ${host}, which is not on ALLOWED_IMAGE_HOSTS ` +
        `(${deps.allowedImageHosts.join(', ')}); set PUBLIC_IMAGE_BASE_URL or ALLOWED_IMAGE_HOSTS`,
    );
  }
}

async function ensureStoreAndUnit(deps: DemoCatalogueDeps): Promise<void> {
  if (!(await deps.shop.Store.exists({ name: DEMO_STORE }))) {
    await deps.shop.Store.create({ name: DEMO_STORE, active: true });
  }
  if (!(await deps.shop.WeightUnit.exists({ code: 'G' }))) {
    await deps.shop.WeightUnit.create({ code: 'G' });
  }
}

/** Category id per "category/subcategory" the demo rings use, creating the missing ones. */
async function ensureCategories(deps: DemoCatalogueDeps, quiet: DemoCatalogueDeps) {
  const ids = new Map<string, string>();
  let created = 0;
  for (const { category, subcategory } of DEMO_PRODUCTS.map((p) => p.category)) {
    const label = `${category}/${subcategory}`;
    if (ids.has(label)) continue;
    const found = await deps.shop.Category.findOne({ category, subcategory }).lean();
    if (found) {
      ids.set(label, String(found._id));
    } else {
      ids.set(label, (await addCategory(quiet, DEMO_ACTOR, { category, subcategory }))._id);
      created += 1;
    }
  }
  return { ids, created };
}

/** Tariff id per name the demo rings use, creating the missing ones with the default rates. */
async function ensureTariffs(deps: DemoCatalogueDeps, quiet: DemoCatalogueDeps) {
  const ids = new Map<DemoTariff, string>();
  let created = 0;
  for (const name of new Set(DEMO_PRODUCTS.map((p) => p.tariff))) {
    const found = await deps.shop.Tariff.findOne({ name }).lean();
    if (found) {
      ids.set(name, String(found._id));
    } else {
      const rates: Record<string, number> = {
        ...referenceDefaults.tariffs.find((t) => t.name === name)?.rates,
      };
      ids.set(name, (await addTariff(quiet, DEMO_ACTOR, { name, rates }))._id);
      created += 1;
    }
  }
  return { ids, created };
}

/** The home page section, unless one already exists (a manager's own layout is kept). */
async function ensureHomepage(
  deps: DemoCatalogueDeps,
  quiet: DemoCatalogueDeps,
): Promise<'created' | 'existing'> {
  if (await deps.shop.FeaturedSection.exists({ name: DEMO_HOMEPAGE.name })) return 'existing';
  const skus = DEMO_HOMEPAGE.content.flatMap((design) => [...design.skus]);
  const products = await deps.shop.Product.find({
    store_sku: { $in: skus },
    deleted: { $ne: true },
  })
    .select('_id store_sku')
    .lean();
  const idOf = new Map(products.map((p) => [p.store_sku, String(p._id)]));
  const content = DEMO_HOMEPAGE.content
    .map(({ skus: designSkus, design_type, name }) => ({
      products: designSkus.flatMap((sku) => idOf.get(sku) ?? []),
      config: { design_type, name },
    }))
    .filter((design) => design.products.length > 0);
  await upsertFeaturedSection(
    quiet,
    DEMO_ACTOR,
    featuredUpsertBodySchema.parse({ name: DEMO_HOMEPAGE.name, content }),
  );
  return 'created';
}

/**
 * Seeds the demo ring catalogue through the same domain functions an admin's requests use
 * (validation, reference checks, audit log, permanent thumbnails).
 *
 * Idempotent by one rule: create what is missing, leave what exists alone. A product is matched
 * on its store SKU, deleted ones included, so a ring a manager edited keeps the edits and one a
 * manager deleted stays deleted; categories match on their pair, tariffs on their name, and an
 * existing `homepage` section is never touched. Two seeders running at once are not guarded
 * against (the local stack runs one).
 */
export async function seedDemoCatalogue(
  deps: DemoCatalogueDeps,
  print: (line: string) => void = () => undefined,
): Promise<DemoCatalogueReport> {
  checkImageHostAllowed(deps);
  const quiet = { ...deps, shopCache: silentCache };
  const reference = await seedReferenceData(deps.shop);
  await ensureStoreAndUnit(deps);
  const categories = await ensureCategories(deps, quiet);
  const tariffs = await ensureTariffs(deps, quiet);

  const total = DEMO_PRODUCTS.length;
  // Deleted products count as there: a ring a manager deleted stays deleted.
  const found = await deps.shop.Product.find({
    store_sku: { $in: DEMO_PRODUCTS.map((p) => p.sku) },
  })
    .select('store_sku')
    .lean();
  const existing = new Set(found.map((p) => p.store_sku));
  // The next missing ring's pictures are drawn while this one is stored: drawing is the slow
  // part, and it overlaps the database work instead of waiting for it.
  const missing = DEMO_PRODUCTS.filter((product) => !existing.has(product.sku));
  const renderAhead = (product: DemoProduct | undefined) => {
    if (!product) return undefined;
    const rendering = renderDemoImages(product, deps.renderCache);
    rendering.catch(() => undefined); // awaited, and so reported, when its turn comes
    return rendering;
  };
  let pending = renderAhead(missing[0]);
  let created = 0;
  let imagesWritten = 0;
  for (const [index, product] of DEMO_PRODUCTS.entries()) {
    if (pending && !existing.has(product.sku)) {
      const rendered = await pending;
      pending = renderAhead(missing[created + 1]);
      const { written, ...images } = await writeDemoImages(deps.images, product, rendered);
      const { category, subcategory } = product.category;
      const body = demoProductBody(
        product,
        {
          store: DEMO_STORE,
          categoryId: categories.ids.get(`${category}/${subcategory}`) ?? '',
          tariffId: tariffs.ids.get(product.tariff) ?? '',
        },
        images,
      );
      await addProduct(quiet, DEMO_ACTOR, body);
      created += 1;
      imagesWritten += written;
    }
    const done = index + 1;
    if (done % PROGRESS_EVERY === 0 || done === total) {
      print(`demo catalogue: ${done}/${total} products…`);
    }
  }
  const homepage = await ensureHomepage(deps, quiet);

  const report: DemoCatalogueReport = {
    reference,
    categoriesCreated: categories.created,
    tariffsCreated: tariffs.created,
    products: { total, created, existing: total - created },
    imagesWritten,
    homepage,
  };
  if (Object.values(reference).some((n) => n > 0)) await deps.shopCache.referenceDataChanged();
  if (created + categories.created + tariffs.created > 0 || homepage === 'created') {
    await deps.shopCache.catalogChanged();
  }
  return report;
}

/** The one line a person reads at the end. */
export function describeDemoCatalogue(report: DemoCatalogueReport): string {
  const { products } = report;
  return (
    `demo catalogue: done, ${products.total} products (${products.created} created, ` +
    `${products.existing} already there), ${report.categoriesCreated} categories and ` +
    `${report.tariffsCreated} tariffs added, homepage section ${report.homepage}, ` +
    `${report.imagesWritten} images written`
  );
}
