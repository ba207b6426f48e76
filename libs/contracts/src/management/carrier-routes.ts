import { z } from 'zod';
import { deleteResultSchema } from '../common/delete-result.js';
import { carrierSchema } from '../model/carrier.js';
import { defineRoutes } from '../routes/route-contract.js';
import { carrierBodySchema, deleteCarrierBodySchema, updateCarrierBodySchema } from './carriers.js';
import { permissionGuards } from './roles.js';

const { canViewCarriers, canManageTariff } = permissionGuards;

/** Carriers a line can be shipped with (Veniqa's fixed SHIPMENT_PROVIDERS, now editable). */
export const managementCarrierRoutes = defineRoutes([
  {
    method: 'GET',
    path: '/referenceData/carrierList',
    auth: 'admin',
    permissions: canViewCarriers,
    response: z.array(carrierSchema),
    summary: 'All carriers, inactive ones included',
  },
  {
    method: 'POST',
    path: '/referenceData/carrier',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: carrierBodySchema },
    response: carrierSchema,
    summary: 'Add a carrier',
  },
  {
    method: 'PUT',
    path: '/referenceData/carrier',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: updateCarrierBodySchema },
    response: carrierSchema,
    summary: 'Change a carrier (identified by code); active: false retires it',
  },
  {
    method: 'DELETE',
    path: '/referenceData/carrier',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: deleteCarrierBodySchema },
    response: deleteResultSchema,
    summary: 'Delete a carrier no order was shipped with (409 otherwise)',
  },
]);
