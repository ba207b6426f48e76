/** Escapes a shopper's text so it matches literally inside a RegExp (no ReDoS, no operators). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
