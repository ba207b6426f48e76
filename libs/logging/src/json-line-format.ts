import { format } from 'winston';

/** Puts the fields people scan for first; safe-stable-stringify would otherwise sort them. */
const orderFields = format((info) => {
  const { timestamp, level, service, message, ...rest } = info;
  return {
    timestamp: timestamp ?? new Date().toISOString(),
    level,
    service,
    message,
    ...rest,
  };
});

/** One JSON object per line: timestamp, level, service, message, then metadata. */
export function jsonLineFormat() {
  return format.combine(orderFields(), format.json({ deterministic: false }));
}
