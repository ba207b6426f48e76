import { messagesEn } from '../i18n/messages-en.js';
import { messagesPt } from '../i18n/messages-pt.js';
import { deliveryTime, type DeliveryKey } from './delivery-time.js';

/** The real dictionaries, filled in as the app's `t` does. */
const translator =
  (messages: Record<string, string>) =>
  (key: DeliveryKey, params: Record<string, unknown> = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
const pt = translator(messagesPt);
const en = translator(messagesEn);

describe('deliveryTime', () => {
  it('when a summary is a range of working days, then it is said in the shopper’s language', () => {
    expect(deliveryTime({ summary: '3-5 working days', maximumDays: 5 }, pt)).toBe(
      '3–5 dias úteis',
    );
    expect(deliveryTime({ summary: '3-5 working days', maximumDays: 5 }, en)).toBe(
      '3–5 working days',
    );
  });

  it('when a summary is a range of days or the next working day, then both languages say it', () => {
    expect(deliveryTime({ summary: '7-15 days', maximumDays: 15 }, pt)).toBe('7–15 dias');
    expect(deliveryTime({ summary: 'Next working day', maximumDays: 2 }, pt)).toBe(
      'Próximo dia útil',
    );
    expect(deliveryTime({ summary: 'Next working day', maximumDays: 2 }, en)).toBe(
      'Next working day',
    );
    expect(deliveryTime({ summary: '2 working days', maximumDays: 2 }, pt)).toBe('2 dias úteis');
  });

  it('when there is no summary, then the longest time is stated; other wording is kept', () => {
    expect(deliveryTime({ maximumDays: 20 }, pt)).toBe('até 20 dias');
    expect(deliveryTime({ summary: 'Entrega em mão no Porto', maximumDays: 1 }, en)).toBe(
      'Entrega em mão no Porto',
    );
  });
});
