import type { managementRoutes } from '@aneis/contracts';
import type { RouteTable } from '@aneis/http';
import type { HandlerContext } from './handler-context.js';

/**
 * One entry per management route of the contract: a missing or extra one fails typechecking.
 * Responses are not typed against the contract here (documents carry Dates and ObjectIds that
 * serialise to the contract's strings); the component tests parse every success body with the
 * contract's response schema instead.
 */
export type HandlerTable = RouteTable<typeof managementRoutes, HandlerContext>;
