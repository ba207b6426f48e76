import type {
  Auditor,
  CategoryBody,
  DeleteResult,
  TariffBody,
  UpdateCategoryBody,
  UpdateTariffBody,
} from '@aneis/contracts';
import { vatPercentOrStandard } from '@aneis/contracts';
import { categorySlugName, slugFor } from '@aneis/data';
import { BadInput, Conflict, NotFound } from '@aneis/errors';
import { toCategoryView, toTariffView } from '../catalog/product-view.js';
import type { Services } from '../services.js';
import { recordReferenceChange } from './record-reference-change.js';

type Deps = Pick<Services, 'shop' | 'audit' | 'shopCache'>;

export async function listCategories(deps: Pick<Services, 'shop'>) {
  const categories = await deps.shop.Category.find().sort({ category: 1, subcategory: 1 }).lean();
  return categories.map(toCategoryView);
}

export async function getCategory(deps: Pick<Services, 'shop'>, categoryId: string) {
  const category = await deps.shop.Category.findById(categoryId).lean();
  if (!category) throw new NotFound();
  return toCategoryView(category);
}

async function assertCategoryPairFree(deps: Deps, pair: CategoryBody, exceptId?: string) {
  // Checked in code: the embedded test engine does not enforce the unique index.
  const clash = await deps.shop.Category.exists({
    category: pair.category,
    subcategory: pair.subcategory,
    ...(exceptId === undefined ? {} : { _id: { $ne: exceptId } }),
  });
  if (clash) throw new Conflict('This category and subcategory pair already exists');
}

export async function addCategory(deps: Deps, actor: Auditor, body: CategoryBody) {
  await assertCategoryPairFree(deps, body);
  const created = await deps.shop.Category.create({
    ...body,
    vatPercent: vatPercentOrStandard(body.vatPercent),
  });
  // The storefront's `/categoria/<slug>`, unique among categories.
  await slugFor(
    deps.shop.SlugClaim,
    deps.shop.Category,
    'category',
    created,
    categorySlugName(body),
  );
  const view = toCategoryView(created);
  await recordReferenceChange(deps, 'catalog', {
    actor,
    action: 'addCategory',
    entityType: 'category',
    entityId: view._id,
    before: null,
    after: view,
  });
  return view;
}

export async function updateCategory(deps: Deps, actor: Auditor, body: UpdateCategoryBody) {
  const category = await deps.shop.Category.findById(body._id);
  if (!category) throw new BadInput('No category has this id');
  const before = toCategoryView(category);
  const next = {
    category: body.category ?? category.category,
    subcategory: body.subcategory ?? category.subcategory,
    vatPercent: body.vatPercent ?? vatPercentOrStandard(category.vatPercent),
  };
  await assertCategoryPairFree(deps, next, body._id);
  category.set(next);
  await category.save();
  // Renamed: a new slug, the old one kept for redirects (see slugFor).
  await slugFor(
    deps.shop.SlugClaim,
    deps.shop.Category,
    'category',
    category,
    categorySlugName(next),
  );
  const after = toCategoryView(category);
  await recordReferenceChange(deps, 'catalog', {
    actor,
    action: 'updateCategory',
    entityType: 'category',
    entityId: after._id,
    before,
    after,
  });
  return after;
}

/** Only a category no product (deleted ones included: orders show them) refers to. */
export async function deleteCategory(
  deps: Deps,
  actor: Auditor,
  categoryId: string,
): Promise<DeleteResult> {
  const category = await deps.shop.Category.findById(categoryId).lean();
  if (!category) throw new NotFound();
  if (await deps.shop.Product.exists({ category: categoryId })) {
    throw new Conflict('Products still use this category');
  }
  const { deletedCount } = await deps.shop.Category.deleteOne({ _id: categoryId });
  await recordReferenceChange(deps, 'catalog', {
    actor,
    action: 'deleteCategory',
    entityType: 'category',
    entityId: categoryId,
    before: toCategoryView(category),
    after: null,
  });
  return { deletedCount };
}

export async function listTariffs(deps: Pick<Services, 'shop'>) {
  const tariffs = await deps.shop.Tariff.find().sort({ name: 1 }).lean();
  return tariffs.map(toTariffView);
}

export async function getTariff(deps: Pick<Services, 'shop'>, tariffId: string) {
  const tariff = await deps.shop.Tariff.findById(tariffId).lean();
  if (!tariff) throw new NotFound();
  return toTariffView(tariff);
}

async function assertTariffNameFree(deps: Deps, name: string, exceptId?: string) {
  const clash = await deps.shop.Tariff.exists({
    name,
    ...(exceptId === undefined ? {} : { _id: { $ne: exceptId } }),
  });
  if (clash) throw new Conflict('A tariff with this name already exists');
}

export async function addTariff(deps: Deps, actor: Auditor, body: TariffBody) {
  await assertTariffNameFree(deps, body.name);
  const view = toTariffView(await deps.shop.Tariff.create(body));
  await recordReferenceChange(deps, 'catalog', {
    actor,
    action: 'addTariff',
    entityType: 'tariff',
    entityId: view._id,
    before: null,
    after: view,
  });
  return view;
}

export async function updateTariff(deps: Deps, actor: Auditor, body: UpdateTariffBody) {
  const tariff = await deps.shop.Tariff.findById(body._id);
  if (!tariff) throw new BadInput('No tariff has this id');
  const before = toTariffView(tariff);
  if (body.name !== undefined) {
    await assertTariffNameFree(deps, body.name, body._id);
    tariff.name = body.name;
  }
  if (body.rates !== undefined) {
    tariff.rates = body.rates;
    tariff.markModified('rates');
  }
  await tariff.save();
  const after = toTariffView(tariff);
  await recordReferenceChange(deps, 'catalog', {
    actor,
    action: 'updateTariff',
    entityType: 'tariff',
    entityId: after._id,
    before,
    after,
  });
  return after;
}

export async function deleteTariff(
  deps: Deps,
  actor: Auditor,
  tariffId: string,
): Promise<DeleteResult> {
  const tariff = await deps.shop.Tariff.findById(tariffId).lean();
  if (!tariff) throw new NotFound();
  if (await deps.shop.Product.exists({ tariff: tariffId })) {
    throw new Conflict('Products still use this tariff');
  }
  const { deletedCount } = await deps.shop.Tariff.deleteOne({ _id: tariffId });
  await recordReferenceChange(deps, 'catalog', {
    actor,
    action: 'deleteTariff',
    entityType: 'tariff',
    entityId: tariffId,
    before: toTariffView(tariff),
    after: null,
  });
  return { deletedCount };
}

export async function listStores(deps: Pick<Services, 'shop'>): Promise<string[]> {
  const stores = await deps.shop.Store.find({ active: { $ne: false } })
    .sort({ name: 1 })
    .lean();
  return stores.map((store) => store.name);
}

export async function listWeightUnits(deps: Pick<Services, 'shop'>): Promise<string[]> {
  const units = await deps.shop.WeightUnit.find().sort({ code: 1 }).lean();
  return units.map((unit) => unit.code);
}

export async function catalogBundle(deps: Pick<Services, 'shop'>) {
  const [stores, categories, units, tariffs] = await Promise.all([
    listStores(deps),
    listCategories(deps),
    listWeightUnits(deps),
    listTariffs(deps),
  ]);
  return {
    stores,
    product_categories: categories,
    weight_units: units,
    tariff_categories: tariffs.map(({ _id, name }) => ({ _id, name })),
  };
}
