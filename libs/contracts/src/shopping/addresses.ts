import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { addressFieldsSchema } from '../model/address.js';

export const addAddressBodySchema = addressFieldsSchema;
export type AddAddressBody = z.output<typeof addAddressBodySchema>;
export type AddAddressBodyInput = z.input<typeof addAddressBodySchema>;

/** The whole address, identified by its `_id`, replaces the stored one. */
export const updateAddressBodySchema = addressFieldsSchema.extend({ _id: objectIdSchema });
export type UpdateAddressBody = z.output<typeof updateAddressBodySchema>;
export type UpdateAddressBodyInput = z.input<typeof updateAddressBodySchema>;

export const deleteAddressBodySchema = z.object({ addressId: objectIdSchema });
export type DeleteAddressBody = z.output<typeof deleteAddressBodySchema>;
