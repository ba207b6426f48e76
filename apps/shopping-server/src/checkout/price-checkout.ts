import type { StoredWeight } from '@aneis/data';
import { couponDiscountCents, spreadDiscount, type CouponTerms } from './coupon-discount.js';
import { shippingVatByRate } from './shipping-vat.js';
import { sumVatByRate, vatContainedCents, type VatByRate } from './vat-included.js';

/** Veniqa's 5 % service charge, in basis points. */
export const SERVICE_CHARGE_BASIS_POINTS = 500;

export interface PricingLine {
  lineId: string;
  unitPriceCents: number;
  unitWeight: StoredWeight;
  counts: number;
  /** The line's tariff for the destination, in percent (20 = 20 %). */
  tariffPercent: number;
  /** The IVA rate of the product's category, in percent (23 = 23 %). */
  vatPercent: number;
}

export interface PricingRules {
  shippingCents: number;
  /**
   * Whether Veniqa's resell charges apply: the destination's tariff per line and the service
   * charge on the subtotal. Off for our shop (a setting); on, a Veniqa deployment prices as before.
   */
  veniqaCharges: boolean;
  serviceChargeBasisPoints?: number;
  /** Units of the payment currency per unit of the base currency; 1 when they are the same. */
  exchangeRate: number;
  /** A coupon's terms: its discount comes off the subtotal (see couponDiscountCents). */
  discount?: CouponTerms;
}

export interface PricedLine {
  lineId: string;
  lineCents: number;
  tariffCents: number;
  /** The line's share of the coupon's discount (see `spreadDiscount`); 0 without one. */
  discountCents: number;
  vatPercent: number;
  /** The IVA contained in `lineCents` less its discount (`vatContainedCents` rounds). */
  vatCents: number;
  weight: StoredWeight;
}

export interface PricedCheckout {
  lines: PricedLine[];
  subTotalCents: number;
  tariffCents: number;
  serviceChargeCents: number;
  shippingCents: number;
  /** What the coupon took off; 0 without one. Already subtracted from `totalCents`. */
  discountCents: number;
  totalCents: number;
  totalWeight: StoredWeight;
  /** The IVA contained in the shipping price (see `shippingVatByRate`). */
  shippingVatCents: number;
  /**
   * The IVA contained in the total: the sum of the lines' IVA and the shipping's, and its split
   * by rate.
   */
  vatCents: number;
  vatByRate: VatByRate[];
  /** `totalCents` in the payment currency's minor units. */
  localTotalCents: number;
}

/** `percent` of an amount in cents, rounded half up to a whole cent (percent kept to 0.01). */
export function percentOf(cents: number, percent: number): number {
  const basisPoints = Math.round(percent * 100);
  return Math.round((cents * basisPoints) / 10_000);
}

const roundWeight = (quantity: number) => Math.round(quantity * 100) / 100;

/**
 * Veniqa's calculateFinalPrice in integer cents: per-line tariff by destination, a service
 * charge on the subtotal (both only with `veniqaCharges`), the chosen shipping method's price,
 * and the total converted to the destination's currency. Prices are gross, so the IVA they
 * contain (the lines' and the shipping's) is reported per line and in total, never added. Pure, so the worked example of the
 * reference is a unit test.
 */
export function priceCheckout(lines: readonly PricingLine[], rules: PricingRules): PricedCheckout {
  const grossCents = lines.map((line) => line.unitPriceCents * line.counts);
  const grossSubTotal = grossCents.reduce((sum, cents) => sum + cents, 0);
  const discountCents = rules.discount ? couponDiscountCents(rules.discount, grossSubTotal) : 0;
  // IVA is owed on what the shopper pays: each line's share of the discount comes off its price
  // before the IVA it contains is worked out.
  const discountShares = spreadDiscount(grossCents, discountCents);
  const priced = lines.map((line, index) => {
    const lineCents = grossCents[index] ?? 0;
    const lineDiscountCents = discountShares[index] ?? 0;
    return {
      lineId: line.lineId,
      lineCents,
      // Tariff and service charge stay on the full price: the shop's discount is its own gift
      // and does not lower what is owed on the goods.
      tariffCents: rules.veniqaCharges ? percentOf(lineCents, line.tariffPercent) : 0,
      discountCents: lineDiscountCents,
      vatPercent: line.vatPercent,
      vatCents: vatContainedCents(lineCents - lineDiscountCents, line.vatPercent),
      weight: {
        quantity: roundWeight(line.unitWeight.quantity * line.counts),
        unit: line.unitWeight.unit,
      },
    };
  });
  const subTotalCents = priced.reduce((sum, line) => sum + line.lineCents, 0);
  const tariffCents = priced.reduce((sum, line) => sum + line.tariffCents, 0);
  const serviceChargeCents = rules.veniqaCharges
    ? percentOf(
        subTotalCents,
        (rules.serviceChargeBasisPoints ?? SERVICE_CHARGE_BASIS_POINTS) / 100,
      )
    : 0;
  const totalCents =
    subTotalCents + tariffCents + serviceChargeCents + rules.shippingCents - discountCents;
  const shippingVat = shippingVatByRate(
    priced.map((line) => ({
      vatPercent: line.vatPercent,
      grossCents: line.lineCents,
      paidCents: line.lineCents - line.discountCents,
    })),
    rules.shippingCents,
  );
  const shippingVatCents = shippingVat.reduce((sum, rate) => sum + rate.vatCents, 0);
  return {
    lines: priced,
    subTotalCents,
    tariffCents,
    serviceChargeCents,
    shippingCents: rules.shippingCents,
    discountCents,
    totalCents,
    shippingVatCents,
    vatCents: priced.reduce((sum, line) => sum + line.vatCents, 0) + shippingVatCents,
    vatByRate: sumVatByRate([
      ...priced,
      ...shippingVat.map((rate) => ({ vatPercent: rate.ratePercent, vatCents: rate.vatCents })),
    ]),
    totalWeight: {
      quantity: roundWeight(priced.reduce((sum, line) => sum + line.weight.quantity, 0)),
      unit: priced[0]?.weight.unit ?? 'LB',
    },
    localTotalCents: Math.round(totalCents * rules.exchangeRate),
  };
}
