import type { StoredOrderCart } from '@aneis/data';

/**
 * What must not change between checkout and payment: per line the product, count, unit price,
 * line price, weight, tariff, IVA rate and customizations, plus the totals. Catalogue edits that touch
 * none of these (a new photo, a typo fixed, the audit log) leave a checkout valid.
 */
export function pricingSignature(cart: StoredOrderCart): string {
  return JSON.stringify({
    lines: cart.items.map((line) => [
      String(line._id),
      String(line.product._id),
      line.counts,
      line.product.price.cents,
      line.aggregatedPrice.cents,
      line.aggregatedWeight.quantity,
      line.aggregatedWeight.unit,
      line.tariffPrice.cents,
      line.vatPercent,
      Object.entries(line.customizations ?? {}).sort(([a], [b]) => a.localeCompare(b)),
    ]),
    totals: [
      cart.subTotalPrice.cents,
      cart.serviceCharge.cents,
      cart.shippingPrice.cents,
      cart.tariffPrice.cents,
      cart.totalPrice.cents,
      cart.totalWeight.quantity,
    ],
  });
}
