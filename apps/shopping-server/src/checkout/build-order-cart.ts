import type {
  CountryDoc,
  CouponDoc,
  CustomerDoc,
  ProductDoc,
  ShopModels,
  StoredAddress,
  StoredCart,
  StoredExchangeRate,
  StoredOrderCart,
  StoredOrderCoupon,
  StoredOrderLine,
} from '@aneis/data';
import { findVariant, unitPriceCents, vatPercentOrStandard } from '@aneis/contracts';
import { BadInput } from '@aneis/errors';
import { VISIBLE_PRODUCT } from '../catalog/search-products.js';
import { loadCartProducts } from '../cart/cart-products.js';
import { repriceCart } from '../cart/reprice-cart.js';
import { validateCustomizations } from '../cart/validate-customizations.js';
import { resolveCountry } from '../reference/countries.js';
import { findShippingMethod } from '../reference/shipping-methods.js';
import { CHECKOUT_MESSAGES } from './checkout-messages.js';
import { priceCheckout } from './price-checkout.js';

export interface PricedOrder {
  /** The shopper's cart after repricing (lines of vanished products dropped). */
  cart: StoredCart;
  orderCart: StoredOrderCart;
  country: CountryDoc;
  shippingMethod: string;
  /** Present when the destination pays in another currency than the base. */
  exchangeRate?: StoredExchangeRate;
  local: { cents: number; currency: string };
  /** The coupon applied and its discount, when one was given. */
  coupon?: StoredOrderCoupon;
}

function tariffPercent(rates: Record<string, number> | undefined, country: CountryDoc): number {
  const rate = rates?.[country.code] ?? rates?.[country.name];
  return typeof rate === 'number' && Number.isFinite(rate) && rate >= 0 ? rate : 0;
}

/**
 * Prices the customer's current cart for an address and shipping method with today's
 * catalogue, IVA rates, tariffs, shipping table and exchange rates. Nothing is written.
 */
export async function buildOrderCart(
  models: ShopModels,
  baseCurrency: string,
  customer: CustomerDoc,
  address: StoredAddress,
  shippingCode: string,
  veniqaCharges: boolean,
  coupon?: Pick<CouponDoc, '_id' | 'code' | 'kind' | 'value'>,
): Promise<PricedOrder> {
  const country = await resolveCountry(models, address.country);
  if (!country) throw new BadInput(`We do not deliver to "${address.country}"`);
  const shipping = await findShippingMethod(models, shippingCode, country.code);
  if (!shipping) throw new BadInput(CHECKOUT_MESSAGES.invalidCheckoutRequest);

  const storedLines = customer.cart?.items ?? [];
  const cartProducts = await loadCartProducts(
    models,
    storedLines.map((line) => line.product),
  );
  const cart = repriceCart(storedLines, cartProducts, baseCurrency);
  if (cart.items.length === 0) throw new BadInput(CHECKOUT_MESSAGES.emptyCart);

  const products = await models.Product.find({
    _id: { $in: cart.items.map((line) => line.product) },
    ...VISIBLE_PRODUCT,
  }).lean<ProductDoc[]>();
  const productById = new Map(products.map((product) => [String(product._id), product]));
  const tariffs = await models.Tariff.find({ _id: { $in: products.map((p) => p.tariff) } }).lean();
  const ratesById = new Map(tariffs.map((tariff) => [String(tariff._id), tariff.rates]));
  const categories = await models.Category.find({
    _id: { $in: products.map((p) => p.category) },
  }).lean();
  const vatById = new Map(
    categories.map((category) => [String(category._id), category.vatPercent]),
  );

  let exchangeRate: StoredExchangeRate | undefined;
  if (country.currency !== baseCurrency) {
    const rate = await models.ExchangeRate.findOne({ currency: country.currency }).lean();
    if (!rate) {
      throw new BadInput(
        `Payments in ${country.currency} are not possible right now (no exchange rate)`,
      );
    }
    exchangeRate = { currency: rate.currency, one_usd_equals: rate.one_usd_equals };
  }

  const lines = cart.items.flatMap((line) => {
    const product = productById.get(String(line.product));
    if (!product) return [];
    // A line kept from before its product had required options or variants cannot be ordered
    // as it is: the shopper learns which choice is missing (400), nothing is picked for them.
    validateCustomizations(product, line.customizations, { complete: true });
    return [{ line, product, variant: findVariant(product, line.customizations) }];
  });
  const priced = priceCheckout(
    lines.map(({ line, product }) => ({
      lineId: String(line._id),
      unitPriceCents: unitPriceCents(product.price.cents, product, line.customizations),
      unitWeight: product.weight,
      counts: line.counts,
      tariffPercent: tariffPercent(ratesById.get(String(product.tariff)), country),
      vatPercent: vatPercentOrStandard(vatById.get(String(product.category))),
    })),
    {
      shippingCents: shipping.price.cents,
      veniqaCharges,
      exchangeRate: exchangeRate?.one_usd_equals ?? 1,
      ...(coupon ? { discount: coupon } : {}),
    },
  );

  const money = (cents: number) => ({ cents, currency: baseCurrency });
  const items: StoredOrderLine[] = lines.map(({ line, product, variant }, index) => {
    const pricedLine = priced.lines[index];
    // The snapshot keeps the options (to label the choices later), not every variant's stock.
    const {
      deleted: _deleted,
      lowStockThreshold: _threshold,
      variants: _variants,
      ...snapshot
    } = product;
    return {
      _id: line._id,
      product: snapshot,
      counts: line.counts,
      aggregatedWeight: pricedLine?.weight ?? line.aggregatedWeight,
      aggregatedPrice: money(pricedLine?.lineCents ?? 0),
      tariffPrice: money(pricedLine?.tariffCents ?? 0),
      vatPercent: pricedLine?.vatPercent ?? vatPercentOrStandard(undefined),
      vatPrice: money(pricedLine?.vatCents ?? 0),
      ...(line.customizations ? { customizations: line.customizations } : {}),
      reservedStock: 0,
      ...(variant ? { variantKey: variant.key } : {}),
      ...(variant?.sku ? { variantSku: variant.sku } : {}),
    };
  });
  return {
    cart,
    orderCart: {
      items,
      totalWeight: priced.totalWeight,
      subTotalPrice: money(priced.subTotalCents),
      serviceCharge: money(priced.serviceChargeCents),
      shippingPrice: money(priced.shippingCents),
      tariffPrice: money(priced.tariffCents),
      totalPrice: money(priced.totalCents),
      vatPrice: money(priced.vatCents),
      vatLines: priced.vatByRate.map((rate) => ({
        ratePercent: rate.ratePercent,
        vatPrice: money(rate.vatCents),
      })),
      shippingVatPrice: money(priced.shippingVatCents),
    },
    country,
    shippingMethod: shipping.code,
    ...(exchangeRate ? { exchangeRate } : {}),
    local: { cents: priced.localTotalCents, currency: country.currency },
    ...(coupon
      ? { coupon: { id: coupon._id, code: coupon.code, discount: money(priced.discountCents) } }
      : {}),
  };
}
