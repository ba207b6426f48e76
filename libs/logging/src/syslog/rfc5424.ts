export const SYSLOG_FACILITIES = [
  'local0',
  'local1',
  'local2',
  'local3',
  'local4',
  'local5',
  'local6',
  'local7',
] as const;
export type SyslogFacility = (typeof SYSLOG_FACILITIES)[number];

/** RFC 5424 §6.2.1: local0 is facility 16, local7 is 23. */
export function facilityCode(facility: SyslogFacility): number {
  return 16 + SYSLOG_FACILITIES.indexOf(facility);
}

/** winston npm levels (and the syslog level names, should anyone use those) → RFC 5424 severity. */
const SEVERITY_BY_LEVEL: Record<string, number> = {
  emerg: 0,
  alert: 1,
  crit: 2,
  error: 3,
  warn: 4,
  warning: 4,
  notice: 5,
  info: 6,
  http: 6,
  verbose: 7,
  debug: 7,
  silly: 7,
};

export function severityOf(level: string): number {
  return SEVERITY_BY_LEVEL[level] ?? 6;
}

export interface Rfc5424Fields {
  facility: SyslogFacility;
  level: string;
  timestamp: Date;
  hostname: string;
  appName: string;
  procId: string;
  message: string;
}

const HEADER_LIMITS = { hostname: 255, appName: 48, procId: 128 };

/**
 * `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD MSG`, cut to `maxBytes` without splitting a
 * UTF-8 character (receivers truncate or reject oversized messages anyway; a clean cut is kinder).
 * MSGID and structured data are left as NILVALUE: the JSON message already carries everything.
 */
export function formatRfc5424(fields: Rfc5424Fields, maxBytes: number): Buffer {
  const pri = facilityCode(fields.facility) * 8 + severityOf(fields.level);
  const header = [
    `<${pri}>1`,
    fields.timestamp.toISOString(),
    headerField(fields.hostname, HEADER_LIMITS.hostname),
    headerField(fields.appName, HEADER_LIMITS.appName),
    headerField(fields.procId, HEADER_LIMITS.procId),
    '-',
    '-',
  ].join(' ');
  return truncateUtf8(Buffer.from(`${header} ${fields.message}`, 'utf8'), maxBytes);
}

/** Header fields are printable US-ASCII without spaces, or "-" when empty. */
function headerField(value: string, maxLength: number): string {
  const printable = value.replace(/[^\x21-\x7e]/g, '_').slice(0, maxLength);
  return printable === '' ? '-' : printable;
}

function truncateUtf8(bytes: Buffer, maxBytes: number): Buffer {
  if (bytes.length <= maxBytes) return bytes;
  let end = maxBytes;
  // Step back over continuation bytes (10xxxxxx) to the start of the cut character.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end);
}
