import { z } from 'zod';

/**
 * The ISO 13616 check: move the country code and check digits to the end, turn letters into
 * numbers (A=10 … Z=35) and the whole must leave 1 when divided by 97. Done digit by digit so
 * a 34-character IBAN never needs more than a small integer.
 */
export function passesIbanCheck(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = Number.parseInt(character, 36);
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}

/**
 * An IBAN as people write it ("PT50 0002 0123 …", any case), kept compact and upper-case. A
 * typo would send shoppers' money nowhere, so a failing check refuses the start-up.
 */
export const iban = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .refine(
    passesIbanCheck,
    'expected an IBAN (country code, 2 check digits, account) that passes the mod-97 check',
  );
