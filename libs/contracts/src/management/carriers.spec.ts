import { hostileOperator } from '../../test/fixtures.js';
import { trackingUrlFor } from '../model/carrier.js';
import { carrierBodySchema, deleteCarrierBodySchema, updateCarrierBodySchema } from './carriers.js';

const dhl = {
  code: 'DHL',
  name: 'DHL Express',
  trackingUrlTemplate: 'https://www.dhl.com/pt-en/home/tracking.html?tracking-id={trackingNumber}',
};

describe('carriers', () => {
  it('when a carrier is added with a lower-case code, then it is normalised and active defaults on', () => {
    expect(carrierBodySchema.parse({ ...dhl, code: ' dhl ' })).toEqual({ ...dhl, active: true });
  });

  it('when a carrier has no tracking template or an empty one, then it is accepted', () => {
    expect(carrierBodySchema.parse({ code: 'MYUS', name: 'MyUS' })).toEqual({
      code: 'MYUS',
      name: 'MyUS',
      active: true,
    });
    expect(carrierBodySchema.parse({ ...dhl, trackingUrlTemplate: '' }).trackingUrlTemplate).toBe(
      '',
    );
  });

  it.each([
    ['a one-letter code', { ...dhl, code: 'D' }],
    ['a code with a space', { ...dhl, code: 'CTT EXPRESSO' }],
    ['a code starting with a digit', { ...dhl, code: '9DHL' }],
    ['an operator as code', { ...dhl, code: hostileOperator }],
    ['no name', { ...dhl, name: ' ' }],
  ])('when a carrier has %s, then it is refused', (_label, body) => {
    expect(carrierBodySchema.safeParse(body).success).toBe(false);
  });

  it.each([
    ['plain http', 'http://track.example.com/{trackingNumber}', /https URL/],
    ['no placeholder', 'https://track.example.com/search', /\{trackingNumber\}/],
    ['a javascript: URL', 'javascript:alert({trackingNumber})', /https URL/],
    ['a relative path', '/track/{trackingNumber}', /https URL/],
  ])('when the tracking template is %s, then the message says why', (_label, template, why) => {
    const result = carrierBodySchema.safeParse({ ...dhl, trackingUrlTemplate: template });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(why);
  });

  it('when a carrier update omits fields, then none are defaulted', () => {
    expect(updateCarrierBodySchema.parse({ code: 'ctt', active: false })).toEqual({
      code: 'CTT',
      active: false,
    });
  });

  it('when a carrier is deleted, then only its code is sent', () => {
    expect(deleteCarrierBodySchema.parse({ code: 'ups' })).toEqual({ code: 'UPS' });
    expect(deleteCarrierBodySchema.parse({ code: 'UPS', name: 'x' })).toEqual({ code: 'UPS' });
    expect(carrierBodySchema.parse({ ...dhl, _id: '5c46f5b0e7d0a3a1b4c2d001' })).not.toHaveProperty(
      '_id',
    );
  });

  it('when a tracking URL is built, then the number is encoded into every placeholder', () => {
    expect(
      trackingUrlFor('https://t.example/{trackingNumber}?again={trackingNumber}', 'RR 1/2'),
    ).toBe('https://t.example/RR%201%2F2?again=RR%201%2F2');
    expect(trackingUrlFor(undefined, 'RR1')).toBeUndefined();
  });
});
