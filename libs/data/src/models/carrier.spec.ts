import mongoose from 'mongoose';
import { carrierSchema, isTrackingUrlTemplate } from './carrier.js';
import { orderLineSchema } from './order-line-schema.js';

// Models on a connection that never opens: validation needs no database.
const connection = mongoose.createConnection();
const Carrier = connection.model('Carrier', carrierSchema);
const OrderLine = connection.model('OrderLine', orderLineSchema);

const ctt = {
  code: 'ctt',
  name: 'CTT Correios de Portugal',
  trackingUrlTemplate:
    'https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects={trackingNumber}',
};

describe('the carrier model', () => {
  it('when a carrier is written with a lower-case code, then it is stored upper-case and active', () => {
    const carrier = new Carrier(ctt);
    expect(carrier.validateSync()).toBeUndefined();
    expect(carrier.code).toBe('CTT');
    expect(carrier.active).toBe(true);
  });

  it('when a carrier has no tracking URL template, then it is still valid', () => {
    expect(new Carrier({ code: 'MYUS', name: 'MyUS' }).validateSync()).toBeUndefined();
  });

  it.each([
    ['a one-letter code', { ...ctt, code: 'C' }],
    ['a code with spaces', { ...ctt, code: 'CTT EXPRESSO' }],
    ['no name', { ...ctt, name: '' }],
  ])('when a carrier has %s, then it is refused', (_label, fields) => {
    expect(new Carrier(fields).validateSync()).toBeDefined();
  });

  it.each([
    ['plain http', 'http://track.example.com/{trackingNumber}'],
    ['no placeholder', 'https://track.example.com/search'],
    ['a javascript: URL', 'javascript:alert({trackingNumber})'],
    ['not a URL', '{trackingNumber}'],
  ])('when a tracking URL template is %s, then it is refused', (_label, template) => {
    expect(isTrackingUrlTemplate(template)).toBe(false);
    const error = new Carrier({ ...ctt, trackingUrlTemplate: template }).validateSync();
    expect(error?.errors['trackingUrlTemplate']?.message).toMatch(/https URL containing/);
  });

  it('when an order line was shipped with any carrier code, then it validates (no fixed list)', () => {
    const money = { cents: 100, currency: 'EUR' };
    const who = { email: 'ops@example.com', name: 'Ops' };
    const auditLog = {
      createdBy: who,
      updatedBy: who,
      createdOn: new Date(),
      updatedOn: new Date(),
    };
    for (const provider of ['CTT', 'MYUS']) {
      const line = new OrderLine({
        product: { name: 'Anel' },
        counts: 1,
        aggregatedWeight: { quantity: 1, unit: 'G' },
        aggregatedPrice: money,
        tariffPrice: money,
        order_line_level_processing_details: {
          status: 'SHIPPED',
          shipment: {
            provider,
            tracking_number: 'T1',
            service: 'S',
            paid_postage: money,
            auditLog,
          },
        },
      });
      expect(line.validateSync(), provider).toBeUndefined();
    }
  });
});
