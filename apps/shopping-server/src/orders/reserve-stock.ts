import type { ShopModels } from '@aneis/data';
import { Conflict } from '@aneis/errors';

export interface StockRequest {
  productId: string;
  name: string;
  units: number;
}

export interface StockReservation {
  productId: string;
  /** 0 when the product's stock is not tracked. */
  units: number;
}

/** Gives reserved units back (compensation after a failure, or a cancellation). */
export async function releaseStock(
  models: ShopModels,
  reservations: readonly StockReservation[],
): Promise<void> {
  for (const reservation of reservations) {
    if (reservation.units > 0) {
      await models.Product.updateOne(
        { _id: reservation.productId, stock: { $exists: true } },
        { $inc: { stock: reservation.units } },
      );
    }
  }
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
    const updated = await models.Product.findOneAndUpdate(
      { _id: request.productId, stock: { $gte: request.units } },
      { $inc: { stock: -request.units } },
      { projection: { _id: 1 } },
    ).lean();
    if (updated) {
      taken.push({ productId: request.productId, units: request.units });
      continue;
    }
    const product = await models.Product.findOne({ _id: request.productId }, { stock: 1 }).lean();
    if (product && (product.stock === undefined || product.stock === null)) {
      taken.push({ productId: request.productId, units: 0 }); // not tracked: always available
      continue;
    }
    await releaseStock(models, taken);
    throw soldOut(request, product?.stock ?? 0);
  }
  return taken;
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
    { stock: 1 },
  ).lean();
  const stockOf = new Map(products.map((product) => [String(product._id), product.stock]));
  for (const request of requests) {
    const stock = stockOf.get(request.productId);
    if (typeof stock === 'number' && stock < request.units) throw soldOut(request, stock);
  }
}
