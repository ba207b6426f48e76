import {
  deleteFeaturedSection,
  getFeaturedSection,
  listFeaturedSections,
  upsertFeaturedSection,
} from '../featured/featured-sections.js';
import type { Services } from '../services.js';
import { actorOf } from './handler-context.js';
import type { HandlerTable } from './route-types.js';

type FeaturedRouteKey = Extract<keyof HandlerTable, `${string} /ui/${string}`>;

export function featuredHandlers(services: Services): Pick<HandlerTable, FeaturedRouteKey> {
  return {
    'POST /ui/featured': ({ body }, ctx) =>
      upsertFeaturedSection(services, actorOf(ctx).auditor, body),
    'GET /ui/featuredList': () => listFeaturedSections(services),
    'GET /ui/featured': ({ query }) => getFeaturedSection(services, query.name),
    'DELETE /ui/featured': ({ body }, ctx) =>
      deleteFeaturedSection(services, actorOf(ctx).auditor, body.name),
  };
}
