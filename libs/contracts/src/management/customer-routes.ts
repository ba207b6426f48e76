import { paginated } from '../common/paging.js';
import { defineRoutes } from '../routes/route-contract.js';
import {
  customerDetailSchema,
  customerErasureSchema,
  customerExportSchema,
  customerIdBodySchema,
  customerIdQuerySchema,
  customerListBodySchema,
  adminCustomerSummarySchema,
} from './customers.js';
import { permissionGuards } from './roles.js';

const { canViewCustomers, canManageCustomers } = permissionGuards;

/** Shopper accounts: find, read, block, export and erase (data-protection requests). */
export const managementCustomerRoutes = defineRoutes([
  {
    method: 'POST',
    path: '/customers/list',
    auth: 'admin',
    permissions: canViewCustomers,
    request: { body: customerListBodySchema },
    response: paginated(adminCustomerSummarySchema),
    summary: 'Page through shopper accounts, optionally searching name and e-mail',
  },
  {
    method: 'GET',
    path: '/customers/customer',
    auth: 'admin',
    permissions: canViewCustomers,
    request: { query: customerIdQuerySchema },
    response: customerDetailSchema,
    summary: 'One shopper with their addresses and orders',
  },
  {
    method: 'POST',
    path: '/customers/block',
    auth: 'admin',
    permissions: canManageCustomers,
    request: { body: customerIdBodySchema },
    response: adminCustomerSummarySchema,
    summary: 'Refuse the shopper’s logins and end their sessions; audited',
  },
  {
    method: 'POST',
    path: '/customers/unblock',
    auth: 'admin',
    permissions: canManageCustomers,
    request: { body: customerIdBodySchema },
    response: adminCustomerSummarySchema,
    summary: 'Let a blocked shopper log in again; audited',
  },
  {
    // POST, not GET: every export is audited, and a prefetch must never cause one.
    method: 'POST',
    path: '/customers/export',
    auth: 'admin',
    permissions: canManageCustomers,
    request: { body: customerIdBodySchema },
    response: customerExportSchema,
    summary: 'Everything held about one shopper, as JSON; audited',
  },
  {
    method: 'POST',
    path: '/customers/erase',
    auth: 'admin',
    permissions: canManageCustomers,
    request: { body: customerIdBodySchema },
    response: customerErasureSchema,
    summary: 'Erase a shopper: account anonymised, orders kept without personal data; audited',
  },
]);
