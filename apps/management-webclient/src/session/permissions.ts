import { hasPermission, permissionGuards } from '@aneis/contracts/constants';
import type { PermissionGuard } from '@aneis/contracts';

/** What opens a page or shows an action: one guard, or any of several. */
export type Access = PermissionGuard | readonly PermissionGuard[];

/** The same guard tables the server enforces, so the UI hides exactly what would be refused. */
export function canAccess(held: readonly string[], access: Access | undefined): boolean {
  if (access === undefined) return true;
  const guards: readonly PermissionGuard[] = typeof access === 'string' ? [access] : access;
  return guards.some((guard) => hasPermission(held, permissionGuards[guard]));
}
