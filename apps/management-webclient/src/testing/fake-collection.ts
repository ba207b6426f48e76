import type { FakeRoutes } from './fake-server.js';

export interface FakeCollectionOptions<T> {
  /** `GET /referenceData/<resource>List` answers the list; `/referenceData/<resource>` takes writes. */
  resource: string;
  /** The collection itself, changed in place by each write. */
  items: T[];
  keyOf: (item: T) => string;
  /** The body field a DELETE names its item by (`code`, `tariffId`, …). */
  deleteBy: string;
  /** What a POST stores and answers (default: the body as sent). */
  created?: (body: object) => T;
}

/**
 * One reference collection kept in memory as the management server keeps it: the list, and the
 * create / replace / delete writes, so the list an editor reloads shows each write.
 */
export function fakeCollection<T>(options: FakeCollectionOptions<T>): FakeRoutes {
  const { items, keyOf } = options;
  const path = `/referenceData/${options.resource}`;
  const indexOf = (key: string | undefined) => items.findIndex((item) => keyOf(item) === key);
  return {
    [`GET ${path}List`]: () => ({ data: items }),
    [`POST ${path}`]: (request) => {
      const body = request.body as object;
      const item = options.created ? options.created(body) : (body as T);
      items.push(item);
      return { data: item };
    },
    [`PUT ${path}`]: (request) => {
      const body = request.body as T;
      items[indexOf(keyOf(body))] = body;
      return { data: body };
    },
    [`DELETE ${path}`]: (request) => {
      const named = (request.body as Record<string, string | undefined>)[options.deleteBy];
      items.splice(indexOf(named), 1);
      return { data: { deletedCount: 1 } };
    },
  };
}
