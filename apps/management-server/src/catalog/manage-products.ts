import {
  variantProblems,
  type AddProductBody,
  type Auditor,
  type DeleteResult,
  type UpdateProductBody,
} from '@aneis/contracts';
import { BadInput, NotFound } from '@aneis/errors';
import { slugFor, type CategoryDoc, type TariffDoc } from '@aneis/data';
import { Types } from 'mongoose';
import type { Services } from '../services.js';
import { checkProductReferences } from './check-product-references.js';
import { refreshPermanentThumbnail } from './permanent-thumbnail.js';
import { newAuditLog, storedProductFields } from './product-fields.js';
import { toProductDetail, toProductRecord, type LeanProduct } from './product-view.js';

type Deps = Pick<
  Services,
  'shop' | 'audit' | 'images' | 'logger' | 'now' | 'allowedImageHosts' | 'shopCache'
>;

export async function addProduct(deps: Deps, actor: Auditor, body: AddProductBody) {
  await checkProductReferences(deps.shop, deps.allowedImageHosts, body);
  const _id = new Types.ObjectId();
  await refreshPermanentThumbnail(deps, _id.toHexString(), body.thumbnailUrls);
  const { set } = storedProductFields(body);
  await deps.shop.Product.create({
    ...set,
    _id,
    category: new Types.ObjectId(body.category),
    tariff: new Types.ObjectId(body.tariff),
    deleted: false,
    auditLog: newAuditLog(actor, deps.now()),
  });
  // The storefront's URL word, unique among products (a namesake gets `-2`).
  await slugFor(deps.shop.SlugClaim, deps.shop.Product, 'product', { _id }, body.name);
  const saved = await deps.shop.Product.findById(_id).lean<LeanProduct>();
  if (!saved) throw new Error('product vanished right after it was created');
  const record = toProductRecord(saved);
  await deps.audit.record({
    actor,
    action: 'addProduct',
    entityType: 'product',
    entityId: record._id,
    before: null,
    after: record,
  });
  await deps.shopCache.catalogChanged();
  return record;
}

async function loadDetail(deps: Pick<Services, 'shop'>, productId: string) {
  const product = await deps.shop.Product.findOne({ _id: productId, deleted: { $ne: true } })
    .populate('category')
    .populate('tariff')
    .lean<LeanProduct<CategoryDoc | null, TariffDoc | null>>();
  if (!product?.category || !product.tariff) return undefined;
  return toProductDetail(product as LeanProduct<CategoryDoc, TariffDoc>);
}

/** Any product that was not deleted, active or not, with category and tariff populated. */
export async function getProductDetails(deps: Pick<Services, 'shop'>, productId: string) {
  const detail = await loadDetail(deps, productId);
  if (!detail) throw new NotFound();
  return detail;
}

/**
 * An update without `variants` (Veniqa's admin never sends them) keeps the stored ones: the
 * options sent must still fit them, and the product's stock stays their sum, never replaced by
 * the form's copy of it.
 */
function keepingVariants(
  existing: LeanProduct,
  body: UpdateProductBody,
  fields: ReturnType<typeof storedProductFields>,
): ReturnType<typeof storedProductFields> {
  const kept = existing.variants ?? [];
  if (body.variants !== undefined || kept.length === 0) return fields;
  const options = (body.customizationOptions ?? existing.customizationOptions)?.customizations;
  const problems = variantProblems(options ?? [], kept);
  if (problems.length > 0) {
    throw new BadInput(`the options no longer fit the product's variants: ${problems.join('; ')}`);
  }
  const { stock: _stock, ...set } = fields.set;
  return { set, unset: fields.unset.filter((field) => field !== 'stock') };
}

export async function updateProduct(deps: Deps, actor: Auditor, body: UpdateProductBody) {
  const existing = await deps.shop.Product.findOne({
    _id: body._id,
    deleted: { $ne: true },
  }).lean<LeanProduct>();
  if (!existing) throw new NotFound();
  await checkProductReferences(deps.shop, deps.allowedImageHosts, body);
  const { set, unset } = keepingVariants(existing, body, storedProductFields(body));
  await deps.shop.Product.updateOne(
    { _id: body._id },
    {
      $set: {
        ...set,
        category: new Types.ObjectId(body.category),
        tariff: new Types.ObjectId(body.tariff),
        'auditLog.updatedBy': actor,
        'auditLog.updatedOn': deps.now(),
      },
      ...(unset.length > 0 ? { $unset: Object.fromEntries(unset.map((f) => [f, 1])) } : {}),
    },
    { runValidators: true },
  );
  // A new name gets a new slug; the old one stays claimed, and its links redirect to the new.
  await slugFor(deps.shop.SlugClaim, deps.shop.Product, 'product', existing, body.name);
  const detail = await loadDetail(deps, body._id);
  if (!detail) throw new NotFound();
  // Replaced images are not deleted here: orders keep a snapshot of the product and show its
  // old pictures. The image sweeper removes them once no product, order or checkout names
  // them (src/images/sweep-orphan-images.ts).
  await refreshPermanentThumbnail(deps, body._id, detail.thumbnailUrls);
  await deps.audit.record({
    actor,
    action: 'updateProduct',
    entityType: 'product',
    entityId: body._id,
    before: toProductRecord(existing),
    after: { ...detail, category: detail.category._id, tariff: detail.tariff._id },
  });
  await deps.shopCache.catalogChanged();
  return detail;
}

/**
 * Soft delete: the product disappears from both servers' searches and from featured sections,
 * while orders keep their snapshots and the permanent thumbnail stays for their pages.
 */
export async function deleteProduct(
  deps: Deps,
  actor: Auditor,
  productId: string,
): Promise<DeleteResult> {
  const existing = await deps.shop.Product.findOne({
    _id: productId,
    deleted: { $ne: true },
  }).lean<LeanProduct>();
  if (!existing) throw new NotFound();
  await deps.shop.Product.updateOne(
    { _id: productId },
    {
      $set: {
        deleted: true,
        active: false,
        'auditLog.updatedBy': actor,
        'auditLog.updatedOn': deps.now(),
      },
    },
  );
  await removeFromFeaturedSections(deps, actor, productId);
  await deps.audit.record({
    actor,
    action: 'deleteProduct',
    entityType: 'product',
    entityId: productId,
    before: toProductRecord(existing),
    after: null,
  });
  await deps.shopCache.catalogChanged();
  return { deletedCount: 1 };
}

/** Whole `content` arrays are rewritten: the embedded engine ignores positional updates. */
async function removeFromFeaturedSections(deps: Deps, actor: Auditor, productId: string) {
  const sections = await deps.shop.FeaturedSection.find({
    'content.products': new Types.ObjectId(productId),
  }).lean();
  for (const section of sections) {
    const content = section.content.map((entry) => ({
      ...entry,
      products: entry.products.filter((id) => String(id) !== productId),
    }));
    await deps.shop.FeaturedSection.updateOne({ _id: section._id }, { $set: { content } });
    await deps.audit.record({
      actor,
      action: 'removeDeletedProduct',
      entityType: 'featuredSection',
      entityId: section.name,
      before: { content: section.content },
      after: { content },
    });
  }
}
