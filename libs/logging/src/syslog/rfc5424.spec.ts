import { parseRfc5424 } from '../../test/syslog-listeners.js';
import { facilityCode, formatRfc5424, severityOf } from './rfc5424.js';

const fields = {
  facility: 'local0' as const,
  level: 'info',
  timestamp: new Date('2024-05-06T07:08:09.123Z'),
  hostname: 'shop-pod-1',
  appName: 'shopping-server',
  procId: '42',
  message: '{"message":"hello"}',
};

describe('formatRfc5424', () => {
  it('when formatting, then the header has PRI, version, timestamp, host, app and pid', () => {
    const line = formatRfc5424(fields, 8192).toString('utf8');

    expect(line).toBe(
      '<134>1 2024-05-06T07:08:09.123Z shop-pod-1 shopping-server 42 - - {"message":"hello"}',
    );
  });

  it.each([
    ['local0', 'error', 131],
    ['local0', 'warn', 132],
    ['local1', 'info', 142],
    ['local2', 'debug', 151],
    ['local7', 'silly', 191],
  ] as const)('when %s logs %s, then PRI is %i', (facility, level, pri) => {
    expect(facilityCode(facility) * 8 + severityOf(level)).toBe(pri);
    expect(parseRfc5424(formatRfc5424({ ...fields, facility, level }, 8192).toString()).pri).toBe(
      pri,
    );
  });

  it('when header fields hold spaces or are empty, then they stay parseable', () => {
    const line = formatRfc5424({ ...fields, hostname: 'my host', appName: '' }, 8192).toString();

    expect(parseRfc5424(line)).toMatchObject({ hostname: 'my_host', appName: '-' });
  });

  it('when the message is too long, then it is cut without splitting a character', () => {
    const bytes = formatRfc5424({ ...fields, message: 'é'.repeat(100) }, 101);

    expect(bytes.length).toBeLessThanOrEqual(101);
    expect(bytes.toString('utf8')).not.toContain('\uFFFD');
  });
});
