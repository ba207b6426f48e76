import { parse, type ParsedUrlQuery } from 'node:querystring';

// One name=value pair with nothing to decode, e.g. `productId=65a1…`: the shape of nearly every
// query the lane's GET routes receive.
const PLAIN_PAIR = /^[\w.-]+=[\w.~-]*$/;

/**
 * The query string exactly as `node:querystring` (Express' "simple" parser) reads it, with a
 * shortcut for a single plain pair, which that parser would walk character by character.
 */
export function parseLaneQuery(query: string): ParsedUrlQuery {
  // Like parse(): no prototype, so a name such as `__proto__` is just a name.
  const parsed = Object.create(null) as ParsedUrlQuery;
  if (query === '') return parsed;
  if (!PLAIN_PAIR.test(query)) return parse(query);
  const at = query.indexOf('=');
  parsed[query.slice(0, at)] = query.slice(at + 1);
  return parsed;
}
