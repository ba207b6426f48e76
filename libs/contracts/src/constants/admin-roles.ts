// zod-free on purpose: browsers import these values without pulling the schemas in.

/**
 * Veniqa's twelve roles plus AUDIT_VIEW (reads the audit log) and the customer roles (reads, and
 * blocks, exports or erases shopper accounts).
 */
export const adminRoles = [
  'SUPERADMIN',
  'ORDER_VIEW',
  'ORDER_MANAGE',
  'CATALOG_VIEW',
  'CATALOG_MANAGE',
  'TARIFF_VIEW',
  'TARIFF_MANAGE',
  'CATEGORIES_VIEW',
  'CATEGORIES_MANAGE',
  'FEATURED_VIEW',
  'FEATURED_MANAGE',
  'FEATURED_PREVIEW',
  'AUDIT_VIEW',
  'CUSTOMER_VIEW',
  'CUSTOMER_MANAGE',
] as const;
export type AdminRole = (typeof adminRoles)[number];

/**
 * Veniqa's guards: a request passes when any of the admin's permissions is listed. SUPERADMIN
 * is in every list. Reference data Veniqa had no routes for (countries, shipping methods,
 * exchange rates) follows the tariff guards, as it is pricing data too; the dashboard follows
 * the order guards, as it reports on orders. Carriers are managed like shipping methods, but
 * order managers read them too: shipping a line needs the list of active carriers.
 */
export const permissionGuards = {
  isSuperAdmin: ['SUPERADMIN'],
  canViewCatalog: ['SUPERADMIN', 'CATALOG_MANAGE', 'CATALOG_VIEW'],
  canManageCatalog: ['SUPERADMIN', 'CATALOG_MANAGE'],
  canViewOrders: ['SUPERADMIN', 'ORDER_MANAGE', 'ORDER_VIEW'],
  canManageOrders: ['SUPERADMIN', 'ORDER_MANAGE'],
  canViewTariff: ['SUPERADMIN', 'TARIFF_VIEW', 'TARIFF_MANAGE'],
  canManageTariff: ['SUPERADMIN', 'TARIFF_MANAGE'],
  canViewCarriers: ['SUPERADMIN', 'TARIFF_VIEW', 'TARIFF_MANAGE', 'ORDER_MANAGE', 'ORDER_VIEW'],
  canViewCategories: ['SUPERADMIN', 'CATEGORIES_VIEW', 'CATEGORIES_MANAGE'],
  canManageCategories: ['SUPERADMIN', 'CATEGORIES_MANAGE'],
  canViewFeatured: ['SUPERADMIN', 'FEATURED_MANAGE', 'FEATURED_VIEW', 'FEATURED_PREVIEW'],
  canManageFeatured: ['SUPERADMIN', 'FEATURED_MANAGE'],
  canViewAudit: ['SUPERADMIN', 'AUDIT_VIEW'],
  canViewDashboard: ['SUPERADMIN', 'ORDER_MANAGE', 'ORDER_VIEW'],
  canViewCustomers: ['SUPERADMIN', 'CUSTOMER_MANAGE', 'CUSTOMER_VIEW'],
  // Blocking, exporting and erasing are about a person's data: only those who manage accounts.
  canManageCustomers: ['SUPERADMIN', 'CUSTOMER_MANAGE'],
  // Discounts are pricing: they follow the tariff guards.
  canViewCoupons: ['SUPERADMIN', 'TARIFF_VIEW', 'TARIFF_MANAGE'],
  canManageCoupons: ['SUPERADMIN', 'TARIFF_MANAGE'],
} as const satisfies Record<string, readonly AdminRole[]>;
export type PermissionGuard = keyof typeof permissionGuards;

/** True when an admin holding `held` passes a route guarded by `allowed`. */
export function hasPermission(held: readonly string[], allowed: readonly AdminRole[]): boolean {
  return held.some((role) => (allowed as readonly string[]).includes(role));
}
