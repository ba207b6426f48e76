import { requireLogin } from '@aneis/auth';
import { shoppingRoutes } from '@aneis/contracts';
import { declaredRoutes, type DeclaredRoutes, type RouteTable } from '@aneis/http';
import type { Request, RequestHandler, Response } from 'express';

/** What a shopping handler may know of its request beyond the parsed input. */
export interface ShopCall {
  req: Request;
  res: Response;
}

/** One entry per route of the shopping contract: a missing or extra one fails typechecking. */
export type ShoppingTable = RouteTable<typeof shoppingRoutes, ShopCall>;

/** The routes of one area, e.g. `'/shopping'` → every `"METHOD /shopping/…"` entry. */
export type ShoppingArea<Prefix extends string> = Pick<
  ShoppingTable,
  Extract<keyof ShoppingTable, `${string} ${Prefix}/${string}`>
>;

/**
 * Every route of the shopping contract; a `user` route needs a logged-in shopper, and then
 * passes `accountChecks` (e.g. refusing a session whose account was blocked since login).
 */
export function shoppingRouteTable(
  table: ShoppingTable,
  accountChecks: readonly RequestHandler[] = [],
): DeclaredRoutes {
  const loggedIn = [requireLogin(), ...accountChecks];
  return declaredRoutes<typeof shoppingRoutes, ShopCall>(shoppingRoutes, table, {
    access: (contract) => (contract.auth === 'user' ? loggedIn : []),
    contextOf: (req, res) => ({ req, res }),
  });
}
