import { orderStatuses, orderLineStatuses } from '@aneis/contracts';
import { TransitionNotAllowed } from '@aneis/errors';
import {
  assertOrderAllowsDetailsEdit,
  assertOrderAllowsLineAction,
  nextLineStatus,
  nextStatusOnCancel,
  nextStatusOnConfirm,
  orderStatusAfterLineChange,
  transitionMessages,
} from './state-machine.js';

describe('order state machine', () => {
  it.each(orderStatuses)('when confirming from %s, then only RECEIVED passes', (status) => {
    if (status === 'RECEIVED') expect(nextStatusOnConfirm(status)).toBe('CONFIRMED');
    else expect(() => nextStatusOnConfirm(status)).toThrow(transitionMessages.confirm);
  });

  it.each(orderStatuses)(
    'when cancelling a %s order with nothing shipped, then only RECEIVED, CONFIRMED and IN-PROGRESS pass',
    (status) => {
      const run = () => nextStatusOnCancel(status, ['PROCESSING', 'FULFILLING', undefined]);
      if (['RECEIVED', 'CONFIRMED', 'IN-PROGRESS'].includes(status)) {
        expect(run()).toBe('CANCELLED');
      } else {
        expect(run).toThrow(transitionMessages.cancel);
      }
    },
  );

  it.each(['SHIPPED', 'DELIVERED'] as const)(
    'when one line of an order in progress is %s, then it cannot be cancelled (only returned)',
    (line) => {
      const run = () => nextStatusOnCancel('IN-PROGRESS', ['FULFILLING', line]);
      expect(run).toThrow(expect.objectContaining({ code: 'ORDER_NOT_CANCELLABLE', status: 405 }));
    },
  );

  it.each(orderStatuses)(
    'when line work is asked of a %s order, then only CONFIRMED and IN-PROGRESS allow it',
    (status) => {
      for (const action of ['fulfil', 'ship', 'deliver'] as const) {
        const run = () => assertOrderAllowsLineAction(status, action);
        if (status === 'CONFIRMED' || status === 'IN-PROGRESS') expect(run).not.toThrow();
        else expect(run).toThrow(TransitionNotAllowed);
      }
    },
  );

  it('when lines move, then only PROCESSING → FULFILLING → SHIPPED → DELIVERED is allowed', () => {
    const allowed = { fulfil: 'PROCESSING', ship: 'FULFILLING', deliver: 'SHIPPED' } as const;
    for (const action of ['fulfil', 'ship', 'deliver'] as const) {
      for (const line of [...orderLineStatuses, undefined]) {
        const run = () => nextLineStatus(line, action);
        if (line === allowed[action]) expect(run).not.toThrow();
        else expect(run).toThrow(TransitionNotAllowed);
      }
    }
  });

  it('when the last line is delivered, then the order completes; the first fulfilment starts it', () => {
    expect(orderStatusAfterLineChange('CONFIRMED', 'fulfil', ['FULFILLING', 'PROCESSING'])).toBe(
      'IN-PROGRESS',
    );
    expect(orderStatusAfterLineChange('IN-PROGRESS', 'ship', ['SHIPPED'])).toBe('IN-PROGRESS');
    expect(orderStatusAfterLineChange('IN-PROGRESS', 'deliver', ['DELIVERED', 'SHIPPED'])).toBe(
      'IN-PROGRESS',
    );
    expect(orderStatusAfterLineChange('IN-PROGRESS', 'deliver', ['DELIVERED', 'DELIVERED'])).toBe(
      'COMPLETED',
    );
  });

  it.each(orderStatuses)(
    'when details of a %s order are edited, then only in-progress or later allows it',
    (status) => {
      const run = () => assertOrderAllowsDetailsEdit(status, 'shipment');
      if (['IN-PROGRESS', 'COMPLETED', 'CANCELLED'].includes(status)) expect(run).not.toThrow();
      else expect(run).toThrow(transitionMessages.updateShipmentOrder);
    },
  );
});
