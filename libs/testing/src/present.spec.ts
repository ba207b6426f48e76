import { present } from './present.js';

describe('present', () => {
  it('when the value is there, then it is answered as it is (falsy ones too)', () => {
    expect(present('', 'an empty code')).toBe('');
    expect(present(0, 'a count')).toBe(0);
  });

  it('when the value is missing, then the failure names what was expected', () => {
    expect(() => present(undefined, 'the first invitation')).toThrow(
      'expected the first invitation, found undefined',
    );
    expect(() => present(null, 'the stored admin')).toThrow('found null');
  });
});
