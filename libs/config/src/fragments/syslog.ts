import { z } from 'zod';

export const SYSLOG_PROTOCOLS = ['udp', 'tcp'] as const;
export type SyslogProtocol = (typeof SYSLOG_PROTOCOLS)[number];

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

export const syslogProtocol = z.enum(SYSLOG_PROTOCOLS, { error: 'expected udp or tcp' });

export const syslogFacility = z.enum(SYSLOG_FACILITIES, {
  error: 'expected one of local0 … local7',
});
