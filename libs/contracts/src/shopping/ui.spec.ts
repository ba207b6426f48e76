import { hostileOperator, ids, usd } from '../../test/fixtures.js';
import { countrySchema } from '../model/country.js';
import { featuredSectionSchema } from '../model/featured.js';
import { shippingMethodSchema } from '../model/shipping-method.js';
import { featuredNameQuerySchema, shippingMethodsQuerySchema } from './ui.js';

describe('storefront UI contracts', () => {
  it('when the homepage featured section is parsed, then it passes', () => {
    const product = {
      _id: ids.product,
      name: 'Ring',
      brand: 'Aneis',
      store: 'AMAZON',
      price: usd(27.99),
      thumbnailUrls: [],
      detailedImageUrls: [],
      featuredImageUrls: [],
    };
    const section = {
      _id: ids.section,
      name: 'homepage',
      content: [
        { products: [product, product], config: { design_type: 'Stripe', name: 'D1' } },
        { products: [product], config: { design_type: 'Canvas Left Cracked', name: 'D2' } },
      ],
    };
    expect(featuredSectionSchema.parse(section)).toEqual(section);
  });

  it('when a featured name query is malformed, then it is refused', () => {
    expect(featuredNameQuerySchema.parse({ name: 'homepage' })).toEqual({ name: 'homepage' });
    expect(featuredNameQuerySchema.safeParse({ name: hostileOperator }).success).toBe(false);
    expect(featuredNameQuerySchema.safeParse({ name: ['a', 'b'] }).success).toBe(false);
  });

  it('when countries and shipping methods are listed, then they parse', () => {
    expect(
      countrySchema.parse({ code: 'pt', name: 'Portugal', currency: 'eur', active: true }),
    ).toEqual({ code: 'PT', name: 'Portugal', currency: 'EUR', active: true });
    const method = {
      _id: ids.section,
      code: 'ctt_express',
      name: 'CTT Expresso',
      summary: '1-2 days',
      maximumDays: 2,
      countries: ['PT'],
      aliases: ['Expedited Shipping'],
      price: { amount: 4.5, currency: 'EUR' },
      active: true,
    };
    expect(shippingMethodSchema.parse(method)).toEqual(method);
  });

  it('when the shipping-method query names a country, then it must be a plain string', () => {
    expect(shippingMethodsQuerySchema.parse({})).toEqual({});
    expect(shippingMethodsQuerySchema.parse({ country: 'PT' })).toEqual({ country: 'PT' });
    expect(shippingMethodsQuerySchema.safeParse({ country: hostileOperator }).success).toBe(false);
  });
});
