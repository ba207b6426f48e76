import { stepProblems } from './line-step-fields.js';

describe('line step validation', () => {
  it('when shipping without a tracking number, then that field is required', () => {
    expect(
      stepProblems('ship', {
        provider: 'CTT',
        trackingNumber: ' ',
        service: 'Registado',
        paidPostageInUSD: '4.5',
      }),
    ).toEqual({ trackingNumber: 'form.required' });
  });

  it('when an amount has three decimals or letters, then it is refused', () => {
    expect(
      stepProblems('fulfil', { store: 'A', orderNumber: '1', totalCostPriceOfItemUSD: '1.234' }),
    ).toEqual({ totalCostPriceOfItemUSD: 'form.invalidNumber' });
  });

  it('when a shop that makes its own rings prepares a line, then the resell fields may stay blank', () => {
    expect(
      stepProblems('fulfil', { store: 'Oficina', orderNumber: '', totalCostPriceOfItemUSD: '' }),
    ).toEqual({});
    expect(
      stepProblems('fulfil', { store: '', orderNumber: '', totalCostPriceOfItemUSD: '' }),
    ).toEqual({
      store: 'form.required',
    });
  });

  it('when editing with every field empty, then there is nothing to update', () => {
    expect(
      stepProblems('editShipment', {
        provider: '',
        trackingNumber: '',
        service: '',
        paidPostageInUSD: '',
      }),
    ).toEqual({ provider: 'orders.nothingToUpdate' });
  });

  it('when the delivery date is not a calendar date, then it is refused', () => {
    expect(stepProblems('deliver', { deliveryDate: '03/05/2026' })).toEqual({
      deliveryDate: 'orders.invalidDate',
    });
  });
});
