import { parse, type ParsedUrlQuery } from 'node:querystring';

// One name=value pair with nothing to decode, e.g. `productId=65a1…`: the shape of nearly every
// query the lane's GET routes receive.
const PLAIN_PAIR = /^[\w.-]+=[\w.~-]*$/;

/**
 * Above every parsed query: an object with no prototype and no properties, so a query inherits
 * nothing (no `toString`, no `__proto__` setter) just as with `Object.create(null)`. Objects made
 * that way are kept by V8 as dictionaries, and one such query cost more than the rest of a
 * cached product-details answer; objects with this prototype keep V8's fast property layout.
 */
const NOTHING_INHERITED = Object.freeze(Object.create(null) as object);

/**
 * The query string as `node:querystring` (Express' "simple" parser) reads it, with a shortcut
 * for a single plain pair, which that parser would walk character by character.
 */
export function parseLaneQuery(query: string): ParsedUrlQuery {
  const parsed = Object.create(NOTHING_INHERITED) as ParsedUrlQuery;
  if (query === '') return parsed;
  if (!PLAIN_PAIR.test(query)) return Object.assign(parsed, parse(query));
  const at = query.indexOf('=');
  parsed[query.slice(0, at)] = query.slice(at + 1);
  return parsed;
}
