import { filtersFromQuery, filtersToBody, filtersToQuery } from './audit-filters.js';

describe('audit filters', () => {
  it('when filters come from the address, then unknown entity types are dropped', () => {
    expect(filtersFromQuery({ entityType: 'invoice', adminEmail: 'ana@aneis.pt' })).toEqual({
      adminEmail: 'ana@aneis.pt',
      entityType: '',
      entityId: '',
      from: '',
      to: '',
    });
  });

  it('when only some filters are set, then only those reach the address and the request', () => {
    const filters = {
      adminEmail: ' ',
      entityType: 'order' as const,
      entityId: 'x1',
      from: '',
      to: '',
    };
    expect(filtersToQuery(filters, 2)).toEqual({ page: '2', entityType: 'order', entityId: 'x1' });
    expect(filtersToBody(filters, 2, 25)).toEqual({
      pagingOptions: { page: 2, limit: 25 },
      sortRule: '-at',
      entityType: 'order',
      entityId: 'x1',
    });
  });

  it('when a date range is chosen, then the last day is included whole', () => {
    const body = filtersToBody(
      { adminEmail: '', entityType: '', entityId: '', from: '2026-05-01', to: '2026-05-01' },
      1,
      25,
    );
    expect(Date.parse(body.to ?? '') - Date.parse(body.from ?? '')).toBe(24 * 60 * 60 * 1000);
  });
});
