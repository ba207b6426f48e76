const formats = new Map<string, Intl.NumberFormat>();

/** "1 234,50 €": a price as a Portuguese page shows it. */
export function priceText(cents: number, currency: string): string {
  let format = formats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('pt-PT', { style: 'currency', currency });
    formats.set(currency, format);
  }
  return format.format(cents / 100);
}
