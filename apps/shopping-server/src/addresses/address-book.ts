import {
  errorCodes,
  fieldIssueCodes,
  type Address,
  type AddressFields,
  type UpdateAddressBody,
} from '@aneis/contracts';
import type { CustomerDoc, ShopModels, StoredAddress } from '@aneis/data';
import { BadInput, NotFound } from '@aneis/errors';
import { Types } from 'mongoose';
import { resolveCountry } from '../reference/countries.js';

/** Most addresses one account keeps. */
export const MAX_ADDRESSES = 20;

export function toAddress(stored: StoredAddress): Address {
  const { _id, ...fields } = stored;
  return { ...fields, _id: String(_id) } as Address;
}

async function assertDeliverable(models: ShopModels, country: string): Promise<void> {
  if (!(await resolveCountry(models, country))) {
    throw new BadInput(`We do not deliver to "${country}"`, {
      code: errorCodes.undeliverableCountry,
      fields: [{ path: 'country', code: fieldIssueCodes.invalidValue }],
    });
  }
}

/** Every change writes the caller's whole address list (no positional updates on the test engine). */
async function saveAddresses(
  models: ShopModels,
  customer: CustomerDoc,
  addresses: StoredAddress[],
) {
  await models.Customer.updateOne({ _id: customer._id }, { $set: { addresses } });
  return addresses.map(toAddress);
}

export function listAddresses(customer: CustomerDoc): Address[] {
  return customer.addresses.map(toAddress);
}

export async function addAddress(models: ShopModels, customer: CustomerDoc, fields: AddressFields) {
  if (customer.addresses.length >= MAX_ADDRESSES) {
    throw new BadInput(`At most ${MAX_ADDRESSES} addresses can be saved`, {
      code: errorCodes.tooManyAddresses,
      details: { limit: MAX_ADDRESSES },
    });
  }
  await assertDeliverable(models, fields.country);
  return saveAddresses(models, customer, [
    ...customer.addresses,
    { ...fields, _id: new Types.ObjectId() },
  ]);
}

export async function updateAddress(
  models: ShopModels,
  customer: CustomerDoc,
  body: UpdateAddressBody,
) {
  const index = customer.addresses.findIndex((address) => String(address._id) === body._id);
  if (index < 0) throw new NotFound();
  await assertDeliverable(models, body.country);
  const addresses = [...customer.addresses];
  addresses[index] = { ...body, _id: new Types.ObjectId(body._id) };
  return saveAddresses(models, customer, addresses);
}

/** Only the caller's own address can go (Veniqa pulled it from whichever user had it). */
export async function deleteAddress(models: ShopModels, customer: CustomerDoc, addressId: string) {
  const addresses = customer.addresses.filter((address) => String(address._id) !== addressId);
  if (addresses.length === customer.addresses.length) throw new BadInput('Bad Request');
  return saveAddresses(models, customer, addresses);
}
