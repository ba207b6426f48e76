import { format, type Logform } from 'winston';
import { SPLAT } from './log-symbols.js';
import { redact } from './redact.js';

/** Runs before every transport, so no sink (stdout, syslog, anything added later) sees secrets. */
export const redactFormat = format((info) => {
  // Symbol-keyed fields (level, splat) are winston's bookkeeping, which `redact` does not copy.
  const redacted = redact({ ...info }) as Logform.TransformableInfo;
  for (const key of Object.getOwnPropertySymbols(info)) {
    redacted[key] = key === SPLAT ? redact(info[key]) : info[key];
  }
  return redacted;
});
