import { readDecimal, readWhole } from './read-number.js';

describe('reading a typed number', () => {
  it('when a decimal uses a point or a comma, then both read the same', () => {
    expect(readDecimal('12.5')).toBe(12.5);
    expect(readDecimal(' 12,5 ')).toBe(12.5);
    expect(readDecimal('0.00012345')).toBe(0.00012345);
    expect(readDecimal('7')).toBe(7);
  });

  it('when money is read, then a third decimal is refused', () => {
    expect(readDecimal('9,99', 2)).toBe(9.99);
    expect(readDecimal('9.999', 2)).toBeUndefined();
  });

  it('when the text is empty, signed, exponential or not a number, then nothing is read', () => {
    for (const text of [
      '',
      ' ',
      'abc',
      '-1',
      '1e3',
      '1.2.3',
      '1,5,0',
      'Infinity',
      '0x10',
      '12 5',
    ]) {
      expect(readDecimal(text), text).toBeUndefined();
    }
  });

  it('when a whole number is asked, then decimals are refused', () => {
    expect(readWhole('15')).toBe(15);
    expect(readWhole(' 3 ')).toBe(3);
    for (const text of ['', '1.5', '1,5', '-2', 'five'])
      expect(readWhole(text), text).toBeUndefined();
  });
});
