import { booleanFlag } from './boolean-flag.js';
import { commaList } from './comma-list.js';
import { durationMs } from './duration-ms.js';
import { iban, passesIbanCheck } from './iban.js';
import { port } from './port.js';
import { positiveInt } from './positive-int.js';
import { hostAndPort } from './text-formats.js';
import { trustProxy } from './trust-proxy.js';
import { origin, mongodbUri } from './url.js';

describe('port', () => {
  it.each(['0', '80', '65535'])('when given %s, then it parses as a number', (value) => {
    expect(port.parse(value)).toBe(Number(value));
  });

  it.each(['abc', '-1', '65536', '1e3', '0x10', '80.5', ''])(
    'when given %j, then it is refused',
    (value) => {
      expect(port.safeParse(value).success).toBe(false);
    },
  );
});

describe('booleanFlag', () => {
  it.each([
    ['true', true],
    ['1', true],
    ['TRUE', true],
    ['false', false],
    ['0', false],
  ])('when given %s, then it means %s', (value, expected) => {
    expect(booleanFlag.parse(value)).toBe(expected);
  });

  it('when given a word that is not a flag, then it is refused', () => {
    expect(booleanFlag.safeParse('yes').success).toBe(false);
  });
});

describe('positiveInt and durationMs', () => {
  it('when unset, then positiveInt gives its default', () => {
    expect(positiveInt(7).parse(undefined)).toBe(7);
  });

  it('when zero, then positiveInt refuses it but durationMs accepts it', () => {
    expect(positiveInt(7).safeParse('0').success).toBe(false);
    expect(durationMs.parse('0')).toBe(0);
  });
});

describe('commaList', () => {
  it('when items have spaces and a trailing comma, then they are trimmed and blanks skipped', () => {
    expect(commaList(origin, 'origins').parse(' http://a.test:8080/ , https://b.test,')).toEqual([
      'http://a.test:8080',
      'https://b.test',
    ]);
  });

  it('when an item is bad, then the issue names its position', () => {
    const result = commaList(origin, 'origins').safeParse('http://a.test,not a url');

    expect(result.error?.issues[0]?.message).toBe(
      'expected a comma-separated list of origins (item 2 is not valid)',
    );
  });
});

describe('hostAndPort', () => {
  it('when given a host name or a bracketed IPv6 address, then it splits host and port', () => {
    expect(hostAndPort.parse('sentinel-0:26379')).toEqual({ host: 'sentinel-0', port: 26379 });
    expect(hostAndPort.parse('[::1]:26379')).toEqual({ host: '::1', port: 26379 });
  });

  it('when the port is missing or out of range, then it is refused', () => {
    expect(hostAndPort.safeParse('sentinel-0').success).toBe(false);
    expect(hostAndPort.safeParse('sentinel-0:70000').success).toBe(false);
  });
});

describe('trustProxy', () => {
  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['loopback, linklocal, uniquelocal', ['loopback', 'linklocal', 'uniquelocal']],
    ['10.0.0.0/8, 192.168.1.1, fd00::/8', ['10.0.0.0/8', '192.168.1.1', 'fd00::/8']],
    ['10.0.0.0/255.0.0.0', ['10.0.0.0/255.0.0.0']],
  ])('when given %j, then express receives %j', (value, expected) => {
    expect(trustProxy.parse(value)).toEqual(expected);
  });

  it.each(['loopbak', '10.0.0.0/33', '300.1.1.1', 'yes'])(
    'when given %j, then it is refused',
    (value) => {
      expect(trustProxy.safeParse(value).success).toBe(false);
    },
  );
});

describe('mongodbUri', () => {
  it('when the URI lists several hosts, then it is accepted', () => {
    expect(mongodbUri.safeParse('mongodb://a:27017,b:27017/shop?replicaSet=rs0').success).toBe(
      true,
    );
  });

  it('when the scheme is not mongodb, then it is refused', () => {
    expect(mongodbUri.safeParse('http://a:27017/shop').success).toBe(false);
  });
});

describe('iban', () => {
  it.each([
    ['PT50 0002 0123 1234 5678 9015 4', 'PT50000201231234567890154'],
    ['gb82 west 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['DE89-3704-0044-0532-0130-00', 'DE89370400440532013000'],
  ])('when given %j, then it passes and is kept compact and upper-case', (value, compact) => {
    expect(iban.parse(value)).toBe(compact);
  });

  it.each([
    ['a wrong check digit', 'PT51 0002 0123 1234 5678 9015 4'],
    ['a swapped pair of digits', 'PT50 0002 0123 1234 5678 9051 4'],
    ['no country code', '50 0002 0123 1234 5678 9015 4'],
    ['too short', 'PT50 0002'],
    ['a symbol', 'PT50 0002 0123 1234 5678 9015 ?'],
  ])('when given %s, then it is refused', (_why, value) => {
    expect(iban.safeParse(value).success).toBe(false);
    expect(passesIbanCheck(value.replace(/\s/g, ''))).toBe(false);
  });
});
