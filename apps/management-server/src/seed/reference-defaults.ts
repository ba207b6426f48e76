import { STANDARD_VAT_PERCENT } from '@aneis/contracts';
import { RING_CATEGORIES } from './ring-categories.js';

/**
 * The shipping ids Veniqa's storefront hard-codes (`ShippingMethod.vue`). They are aliases of
 * our methods, so that storefront can check out: where a method serves the destination, the
 * fastest one carrying the alias is used.
 */
export const VENIQA_SHIPPING_IDS = {
  twentyDay: '20 day shipping',
  expedited: 'Expedited Shipping',
  noRush: 'No Rush Shipping',
} as const;

/**
 * What a fresh shop starts with. Every list is only written into an empty collection, so an
 * admin's later edits are never overwritten by a redeploy. Rates (base currency EUR) and
 * carriers' tracking pages are starting values for a manager to correct.
 */
export const referenceDefaults = {
  /**
   * Where our rings come from: our own workshop and the Portuguese goldsmiths we work with.
   * `AMAZON` is kept inactive only because Veniqa's admin form starts with it as the store and
   * sends it when nobody picks one: it is accepted on a product but never offered in a list.
   */
  stores: [
    { name: 'A SENHORA DOS ANÉIS', active: true },
    { name: 'OURIVESARIA DO PORTO', active: true },
    { name: 'FILIGRANA DE GONDOMAR', active: true },
    { name: 'OFICINA DA RIBEIRA', active: true },
    { name: 'AMAZON', active: false },
  ],
  weightUnits: ['G', 'LB'],
  countries: [
    { code: 'PT', name: 'Portugal', currency: 'EUR' },
    { code: 'ES', name: 'Spain', currency: 'EUR' },
    { code: 'FR', name: 'France', currency: 'EUR' },
    { code: 'US', name: 'United States of America', currency: 'USD' },
    { code: 'NP', name: 'Nepal', currency: 'NPR' },
    { code: 'BD', name: 'Bangladesh', currency: 'BDT' },
  ],
  exchangeRates: [
    { currency: 'USD', one_usd_equals: 1.08 },
    { currency: 'NPR', one_usd_equals: 144.5 },
    { currency: 'BDT', one_usd_equals: 118.7 },
  ],
  shippingMethods: [
    {
      code: 'ctt-standard',
      name: 'CTT Standard',
      summary: '3-5 working days',
      maximumDays: 5,
      countries: ['PT', 'ES'],
      aliases: [VENIQA_SHIPPING_IDS.twentyDay, VENIQA_SHIPPING_IDS.noRush],
      price: { cents: 490, currency: 'EUR' },
    },
    {
      code: 'ctt-expresso',
      name: 'CTT Expresso',
      summary: 'Next working day',
      maximumDays: 2,
      countries: ['PT'],
      aliases: [VENIQA_SHIPPING_IDS.expedited],
      price: { cents: 750, currency: 'EUR' },
    },
    {
      code: 'international',
      name: 'International tracked',
      summary: '7-15 days',
      maximumDays: 15,
      countries: [],
      aliases: Object.values(VENIQA_SHIPPING_IDS),
      price: { cents: 1900, currency: 'EUR' },
    },
  ],
  /**
   * CTT first: the shop's own carrier. Veniqa's five codes stay, so orders shipped with them
   * still name a carrier. MyUS is a parcel forwarder whose tracking lives in the member's
   * account, so it has no public tracking page.
   */
  carriers: [
    {
      code: 'CTT',
      name: 'CTT Correios de Portugal',
      trackingUrlTemplate:
        'https://appserver.ctt.pt/CustomerArea/PublicArea_Detail?ObjectCodeInput={trackingNumber}&SearchInput={trackingNumber}',
    },
    {
      code: 'DHL',
      name: 'DHL Express',
      trackingUrlTemplate:
        'https://www.dhl.com/pt-pt/home/tracking.html?tracking-id={trackingNumber}',
    },
    {
      code: 'UPS',
      name: 'UPS',
      trackingUrlTemplate: 'https://www.ups.com/track?tracknum={trackingNumber}',
    },
    {
      code: 'FEDEX',
      name: 'FedEx',
      trackingUrlTemplate: 'https://www.fedex.com/fedextrack/?trknbr={trackingNumber}',
    },
    {
      code: 'USPS',
      name: 'USPS',
      trackingUrlTemplate: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={trackingNumber}',
    },
    { code: 'MYUS', name: 'MyUS' },
    // Veniqa's admin offers Amazon's own delivery as a shipment provider.
    {
      code: 'AMAZON',
      name: 'Amazon Logistics',
      trackingUrlTemplate: 'https://track.amazon.com/tracking/{trackingNumber}',
    },
  ],
  // Rings are taxed at the standard rate; written out so the demo data shows where IVA lives.
  categories: Object.values(RING_CATEGORIES).map((pair) => ({
    ...pair,
    vatPercent: STANDARD_VAT_PERCENT,
  })),
  tariffs: [
    { name: 'No Tariff', rates: {} as Record<string, number> },
    { name: 'Jewellery', rates: { NP: 20, BD: 20, US: 5 } },
  ],
};
