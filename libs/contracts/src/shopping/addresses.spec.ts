import { addressExample, hostileOperator, ids } from '../../test/fixtures.js';
import {
  addAddressBodySchema,
  deleteAddressBodySchema,
  updateAddressBodySchema,
} from './addresses.js';

describe('address contracts', () => {
  it('when the §10 address is parsed, then it passes', () => {
    expect(addAddressBodySchema.parse(addressExample)).toEqual(addressExample);
  });

  it('when optional lines are missing, then the address still parses', () => {
    const { addressLine2: _line2, zipCode: _zip, ...required } = addressExample;
    expect(addAddressBodySchema.parse(required)).toEqual(required);
  });

  it('when extra keys are sent, then they are dropped as Veniqa did', () => {
    expect(addAddressBodySchema.parse({ ...addressExample, isDefault: true })).toEqual(
      addressExample,
    );
  });

  it.each([
    ['an operator city', { ...addressExample, city: hostileOperator }],
    ['a missing first name', { ...addressExample, firstName: '  ' }],
    ['an oversized line', { ...addressExample, addressLine1: 'x'.repeat(201) }],
    ['a non-phone', { ...addressExample, mobilePhone: 'call me' }],
    ['a too-short phone', { ...addressExample, mobilePhone: '12345' }],
    ['an operator country', { ...addressExample, country: '$ne' }],
  ])('when an address has %s, then it is refused', (_label, body) => {
    expect(addAddressBodySchema.safeParse(body).success).toBe(false);
  });

  it('when an update lacks a valid _id, then it is refused', () => {
    expect(updateAddressBodySchema.parse({ ...addressExample, _id: ids.address })._id).toBe(
      ids.address,
    );
    expect(updateAddressBodySchema.safeParse(addressExample).success).toBe(false);
    expect(
      updateAddressBodySchema.safeParse({ ...addressExample, _id: hostileOperator }).success,
    ).toBe(false);
  });

  it('when the §10 delete request is parsed, then it passes', () => {
    expect(deleteAddressBodySchema.parse({ addressId: ids.address })).toEqual({
      addressId: ids.address,
    });
    expect(deleteAddressBodySchema.safeParse({ addressId: 'x' }).success).toBe(false);
  });
});
