import { hostileOperator } from '../../test/fixtures.js';
import { adminSchema, adminSummarySchema } from '../model/admin.js';
import { adminRoles, hasPermission, permissionGuards } from './roles.js';
import {
  createAdminBodySchema,
  deleteAdminBodySchema,
  updateAdminAccessBodySchema,
} from './super-admin.js';

describe('super-admin contracts', () => {
  it('when the §10 createAdmin request is parsed, then it passes', () => {
    const body = {
      email: 'new@example.com',
      name: 'New Admin',
      permissions: ['CATALOG_VIEW', 'ORDER_VIEW'],
    };
    expect(createAdminBodySchema.parse(body)).toEqual(body);
    expect(createAdminBodySchema.parse({ ...body, approved: true }).approved).toBe(true);
  });

  it.each([
    ['no permissions', []],
    ['an unknown role', ['ROOT']],
    ['a repeated role', ['ORDER_VIEW', 'ORDER_VIEW']],
    ['an operator', hostileOperator],
  ])('when createAdmin has %s, then it is refused', (_label, permissions) => {
    const body = { email: 'new@example.com', name: 'New', permissions };
    expect(createAdminBodySchema.safeParse(body).success).toBe(false);
  });

  it('when the §10 updateAdminAccess request is parsed, then it passes', () => {
    const body = { email: 'new@example.com', approved: false, permissions: ['CATALOG_MANAGE'] };
    expect(updateAdminAccessBodySchema.parse(body)).toEqual(body);
  });

  it.each(['password', 'passwordResetToken', 'passwordResetExpires', '$set', '_id'])(
    'when updateAdminAccess tries to change %s, then that key is stripped',
    (key) => {
      const body = { email: 'new@example.com', [key]: 'x' };
      expect(updateAdminAccessBodySchema.parse(body)).toEqual({ email: 'new@example.com' });
    },
  );

  it('when deleteAdmin gets an operator e-mail, then it is refused', () => {
    expect(deleteAdminBodySchema.safeParse({ email: hostileOperator }).success).toBe(false);
    expect(deleteAdminBodySchema.parse({ email: 'New@Example.com' })).toEqual({
      email: 'new@example.com',
    });
  });

  it('when the §10 admin login response is parsed, then it passes', () => {
    const body = {
      email: 'ops@example.com',
      name: 'Ops',
      permissions: ['ORDER_VIEW', 'CATALOG_MANAGE'],
    };
    expect(adminSummarySchema.parse(body)).toEqual(body);
    expect(adminSchema.parse({ ...body, approved: true }).approved).toBe(true);
  });

  it('when roles are listed, then Veniqa’s twelve plus AUDIT_VIEW and the customer roles are there', () => {
    expect(adminRoles).toHaveLength(15);
    expect(adminRoles).toEqual(
      expect.arrayContaining(['AUDIT_VIEW', 'CUSTOMER_VIEW', 'CUSTOMER_MANAGE']),
    );
  });

  it('when guards are checked, then SUPERADMIN passes every guard', () => {
    for (const allowed of Object.values(permissionGuards)) {
      expect(hasPermission(['SUPERADMIN'], allowed)).toBe(true);
    }
    expect(hasPermission(['CATALOG_VIEW'], permissionGuards.canManageCatalog)).toBe(false);
    expect(hasPermission(['FEATURED_PREVIEW'], permissionGuards.canViewFeatured)).toBe(true);
    expect(hasPermission([], permissionGuards.canViewOrders)).toBe(false);
  });
});
