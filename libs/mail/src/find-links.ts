import type { OutboxMessage } from './mail-message.js';

const linkPattern = /https?:\/\/[^\s"'<>]+/g;
// Punctuation that ends the sentence around a link rather than the link itself.
const trailingPunctuation = /[.,;:!?)\]]+$/;

/**
 * The http(s) URLs found anywhere in a message's data (nested values included), in order and
 * without repeats. Tests use it to follow confirmation and reset links.
 */
export function findLinks(message: Pick<OutboxMessage, 'data'>): string[] {
  const links = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(linkPattern))
        links.add(match[0].replace(trailingPunctuation, ''));
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  visit(message.data);
  return [...links];
}
