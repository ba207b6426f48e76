export {
  checkTable,
  declaredRoutes,
  type DeclareOptions,
  type DeclaredRoutes,
  type RouteTable,
} from './declared-routes.js';
export { parseInput } from './parse-input.js';
export {
  fastRoute,
  type FastRoute,
  type RouteEntry,
  type RouteHandler,
  type RouteSpec,
} from './route-entry.js';
export type { ContractOf, RouteInput, RouteKeyOf } from './route-types.js';
