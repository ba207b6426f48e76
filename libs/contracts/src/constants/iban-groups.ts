/**
 * An IBAN in groups of four ("PT50 0002 0123 …"), the way banks print it, so a shopper can
 * copy it by eye without losing their place. Whatever spacing it came with is dropped first.
 */
export function groupIban(iban: string): string {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}
