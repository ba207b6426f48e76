import { createHash } from 'node:crypto';

/** A strong validator: each encoding of a file has its own bytes, so its own tag. */
export function entityTag(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

const TAG_IN_LIST = /(?:W\/)?"[^"]*"/g;

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`, and `*`
 * matches any current representation.
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = stripWeakPrefix(etag);
  return (header.match(TAG_IN_LIST) ?? []).some((tag) => stripWeakPrefix(tag) === opaque);
}

function stripWeakPrefix(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
