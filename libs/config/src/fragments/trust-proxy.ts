import { isIP, isIPv4 } from 'node:net';
import { z } from 'zod';

/** What express's `trust proxy` setting accepts (besides a function, which env cannot express). */
export type TrustProxySetting = boolean | number | string[];

const PRESET_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const PROBLEM =
  'expected true, false, a hop count, or a comma-separated list of loopback/linklocal/uniquelocal, IP addresses and subnets';

/** Mirrors what proxy-addr (behind express) accepts, so a typo fails at start-up, not on a request. */
function isTrustedProxyEntry(entry: string): boolean {
  if (PRESET_NAMES.includes(entry)) return true;
  const [address = '', suffix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (suffix === undefined) return true;
  if (/^\d+$/.test(suffix)) return Number(suffix) <= (family === 4 ? 32 : 128);
  return family === 4 && isIPv4(suffix);
}

export const trustProxy = z.string().transform((raw, ctx): TrustProxySetting => {
  const value = raw.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0 || !entries.every(isTrustedProxyEntry)) {
    ctx.issues.push({ code: 'custom', input: raw, message: PROBLEM });
  }
  return entries;
});
