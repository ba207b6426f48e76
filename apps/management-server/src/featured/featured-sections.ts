import type { Auditor, FeaturedUpsertBody } from '@aneis/contracts';
import { BadInput, NotFound } from '@aneis/errors';
import type { FeaturedSectionDoc, ProductDoc, StoredMoney } from '@aneis/data';
import { moneyFromMinor } from '@aneis/contracts';
import { Types } from 'mongoose';
import type { Services } from '../services.js';

type Deps = Pick<Services, 'shop' | 'audit' | 'shopCache'>;

const PRODUCT_FIELDS =
  'name brand store marked_price price thumbnailUrls detailedImageUrls featuredImageUrls stock';

type FeaturedProductDoc = Pick<
  ProductDoc,
  | '_id'
  | 'name'
  | 'brand'
  | 'store'
  | 'marked_price'
  | 'price'
  | 'thumbnailUrls'
  | 'detailedImageUrls'
  | 'featuredImageUrls'
  | 'stock'
>;

function productView(product: FeaturedProductDoc) {
  const money = (value: StoredMoney | undefined) => (value ? moneyFromMinor(value) : undefined);
  return {
    _id: String(product._id),
    name: product.name,
    brand: product.brand,
    store: product.store,
    ...(product.marked_price ? { marked_price: money(product.marked_price) } : {}),
    price: moneyFromMinor(product.price),
    thumbnailUrls: product.thumbnailUrls,
    detailedImageUrls: product.detailedImageUrls,
    featuredImageUrls: product.featuredImageUrls,
    ...(product.stock === undefined || product.stock === null ? {} : { stock: product.stock }),
  };
}

/** A section with its products populated (deleted products never show). */
async function populated(deps: Pick<Services, 'shop'>, section: FeaturedSectionDoc) {
  const ids = section.content.flatMap((entry) => entry.products);
  const products = await deps.shop.Product.find({ _id: { $in: ids }, deleted: { $ne: true } })
    .select(PRODUCT_FIELDS)
    .lean<FeaturedProductDoc[]>();
  const byId = new Map(products.map((product) => [String(product._id), productView(product)]));
  return {
    _id: String(section._id),
    name: section.name,
    content: section.content.map((entry) => ({
      products: entry.products.flatMap((id) => byId.get(String(id)) ?? []),
      config: entry.config,
    })),
  };
}

function storedContent(section: Pick<FeaturedSectionDoc, 'content'>) {
  return section.content.map((entry) => ({
    products: entry.products.map(String),
    config: entry.config,
  }));
}

/** Creates or replaces a section by name; every product id must be a product that exists. */
export async function upsertFeaturedSection(deps: Deps, actor: Auditor, body: FeaturedUpsertBody) {
  const ids = [...new Set(body.content.flatMap((entry) => entry.products))];
  const found = await deps.shop.Product.find({ _id: { $in: ids }, deleted: { $ne: true } })
    .select('_id')
    .lean();
  const missing = ids.filter((id) => !found.some((product) => String(product._id) === id));
  if (missing.length > 0) throw new BadInput(`Unknown products: ${missing.join(', ')}`);

  const content = body.content.map((entry) => ({
    products: entry.products.map((id) => new Types.ObjectId(id)),
    config: entry.config,
  }));
  const existing = await deps.shop.FeaturedSection.findOne({ name: body.name }).lean();
  if (existing) {
    await deps.shop.FeaturedSection.updateOne({ _id: existing._id }, { $set: { content } });
  } else {
    await deps.shop.FeaturedSection.create({ name: body.name, content });
  }
  const saved = await deps.shop.FeaturedSection.findOne({ name: body.name }).lean();
  if (!saved) throw new Error('featured section vanished right after it was saved');
  await deps.audit.record({
    actor,
    action: existing ? 'updateFeaturedSection' : 'addFeaturedSection',
    entityType: 'featuredSection',
    entityId: body.name,
    before: existing ? { content: storedContent(existing) } : null,
    after: { name: body.name, content: storedContent(saved) },
  });
  await deps.shopCache.catalogChanged();
  return populated(deps, saved);
}

export async function listFeaturedSections(deps: Pick<Services, 'shop'>) {
  const sections = await deps.shop.FeaturedSection.find().sort({ name: 1 }).lean();
  return Promise.all(sections.map((section) => populated(deps, section)));
}

export async function getFeaturedSection(deps: Pick<Services, 'shop'>, name: string) {
  const section = await deps.shop.FeaturedSection.findOne({ name }).lean();
  if (!section) throw new NotFound();
  return populated(deps, section);
}

/** Veniqa answered `true` even when nothing existed; an unknown name is now a 404. */
export async function deleteFeaturedSection(
  deps: Deps,
  actor: Auditor,
  name: string,
): Promise<true> {
  const section = await deps.shop.FeaturedSection.findOne({ name }).lean();
  if (!section) throw new NotFound();
  await deps.shop.FeaturedSection.deleteOne({ _id: section._id });
  await deps.audit.record({
    actor,
    action: 'deleteFeaturedSection',
    entityType: 'featuredSection',
    entityId: name,
    before: { name, content: storedContent(section) },
    after: null,
  });
  await deps.shopCache.catalogChanged();
  return true;
}
