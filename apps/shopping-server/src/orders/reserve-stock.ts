import { giveBackStock, variantIndex, type ShopModels } from '@aneis/data';
import { Conflict } from '@aneis/errors';

export interface StockRequest {
  productId: string;
  name: string;
  units: number;
  /** The variant's stored key when the product has variants: its stock is the one taken. */
  variantKey?: string;
}

export interface StockReservation {
  productId: string;
  /** 0 when the product's (or variant's) stock is not tracked. */
  units: number;
  /** Set when the units came from a variant: they go back to it and to the product's total. */
  variantKey?: string;
}

/**
 * Gives reserved units back (compensation after a failure, or a cancellation): to the variant
 * they came from and the product's total, or to the product.
 */
export async function releaseStock(
  models: ShopModels,
  reservations: readonly StockReservation[],
): Promise<void> {
  for (const reservation of reservations) await giveBackStock(models.Product, reservation);
}

/**
 * Takes stock for every line with one guarded, atomic update per line: the decrement only
 * happens while enough units remain, so concurrent orders can never push stock below zero. If
 * any line cannot be served, what this call took is given back and the shopper learns which
 * product sold out (409). No multi-document transaction is needed, or available on the test
 * engine.
 */
export async function reserveStock(
  models: ShopModels,
  requests: readonly StockRequest[],
): Promise<StockReservation[]> {
  const taken: StockReservation[] = [];
  for (const request of requests) {
    const taking =
      request.variantKey === undefined
        ? await takeFromProduct(models, request)
        : await takeFromVariant(models, request, request.variantKey);
    if (typeof taking === 'number') {
      await releaseStock(models, taken);
      throw soldOut(request, taking);
    }
    taken.push(taking);
  }
  return taken;
}

/** A reservation, or the units left when there are too few. */
type Taking = StockReservation | number;

async function takeFromProduct(models: ShopModels, request: StockRequest): Promise<Taking> {
  const updated = await models.Product.findOneAndUpdate(
    { _id: request.productId, stock: { $gte: request.units } },
    { $inc: { stock: -request.units } },
    { projection: { _id: 1 } },
  ).lean();
  if (updated) return { productId: request.productId, units: request.units };
  const product = await models.Product.findOne({ _id: request.productId }, { stock: 1 }).lean();
  if (product && (product.stock === undefined || product.stock === null)) {
    return { productId: request.productId, units: 0 }; // not tracked: always available
  }
  return product?.stock ?? 0;
}

/**
 * The variant's units and the product's total (their sum) move in one guarded update of one
 * document, so concurrent orders never take the variant below zero nor let the two disagree.
 * The variant is named by its index, checked against its key in the same filter; a variant
 * moved by an edit meanwhile is looked up again.
 */
async function takeFromVariant(
  models: ShopModels,
  request: StockRequest,
  variantKey: string,
): Promise<Taking> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const found = await variantIndex(models.Product, request.productId, variantKey);
    if (!found) return 0; // the variant is no longer sold
    if (found.stock === undefined) return { productId: request.productId, units: 0, variantKey };
    if (found.stock < request.units) return found.stock;
    const at = `variants.${found.index}`;
    const updated = await models.Product.findOneAndUpdate(
      {
        _id: request.productId,
        [`${at}.key`]: variantKey,
        [`${at}.stock`]: { $gte: request.units },
      },
      { $inc: { [`${at}.stock`]: -request.units, stock: -request.units } },
      { projection: { _id: 1 } },
    ).lean();
    if (updated) return { productId: request.productId, units: request.units, variantKey };
  }
  return (await variantIndex(models.Product, request.productId, variantKey))?.stock ?? 0;
}

function soldOut(request: StockRequest, left: number): Conflict {
  return new Conflict(
    left > 0
      ? `Only ${left} of "${request.name}" left in stock; please lower the quantity`
      : `"${request.name}" is sold out`,
    { code: 'OUT_OF_STOCK', details: { productId: request.productId, available: left } },
  );
}

/**
 * Refuses (409, as a failed reservation would) when a line cannot be served right now, without
 * taking anything: asked before a shopper pays, so nobody pays for what is already gone. The
 * reservation at completion still decides.
 */
export async function assertStockAvailable(
  models: ShopModels,
  requests: readonly StockRequest[],
): Promise<void> {
  const products = await models.Product.find(
    { _id: { $in: requests.map((request) => request.productId) } },
    { stock: 1, variants: 1 },
  ).lean();
  const byId = new Map(products.map((product) => [String(product._id), product]));
  for (const request of requests) {
    const product = byId.get(request.productId);
    const stock =
      request.variantKey === undefined
        ? product?.stock
        : product?.variants?.find((variant) => variant.key === request.variantKey)?.stock;
    if (typeof stock === 'number' && stock < request.units) throw soldOut(request, stock);
  }
}
