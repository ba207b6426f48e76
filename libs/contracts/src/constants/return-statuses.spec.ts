import { returnStatusOf } from './return-statuses.js';

describe('returnStatusOf', () => {
  it('when nothing came back, then there is no return status', () => {
    expect(returnStatusOf([{ counts: 2 }, { counts: 1, returned: 0 }])).toBeUndefined();
  });

  it('when some units came back, then the order is partially returned', () => {
    expect(returnStatusOf([{ counts: 2, returned: 1 }, { counts: 1 }])).toBe('PARTIALLY_RETURNED');
    expect(returnStatusOf([{ counts: 2, returned: 2 }, { counts: 1 }])).toBe('PARTIALLY_RETURNED');
  });

  it('when every unit of every line came back, then the order is returned', () => {
    expect(
      returnStatusOf([
        { counts: 2, returned: 2 },
        { counts: 1, returned: 1 },
      ]),
    ).toBe('RETURNED');
  });
});
