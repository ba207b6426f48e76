import { moneyFromMinor, type MinorMoney } from '../common/money.js';

/**
 * The IVA fields of a stored order as the wire carries them, for every server's order view.
 * Orders priced before IVA was recorded have none, and their views leave the fields out.
 */
export function orderVatView(cart: {
  vatPrice?: MinorMoney;
  vatLines?: { ratePercent: number; vatPrice: MinorMoney }[];
  shippingVatPrice?: MinorMoney;
}) {
  return {
    ...(cart.vatPrice ? { vatPrice: moneyFromMinor(cart.vatPrice) } : {}),
    ...(cart.vatLines
      ? {
          vatLines: cart.vatLines.map((line) => ({
            ratePercent: line.ratePercent,
            vatPrice: moneyFromMinor(line.vatPrice),
          })),
        }
      : {}),
    ...(cart.shippingVatPrice ? { shippingVatPrice: moneyFromMinor(cart.shippingVatPrice) } : {}),
  };
}

/** A stored order line's IVA rate and amount, when it has them. */
export function lineVatView(line: { vatPercent?: number; vatPrice?: MinorMoney }) {
  return {
    ...(line.vatPercent === undefined ? {} : { vatPercent: line.vatPercent }),
    ...(line.vatPrice ? { vatPrice: moneyFromMinor(line.vatPrice) } : {}),
  };
}
