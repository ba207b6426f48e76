import { Types } from 'mongoose';
import { backfillProductFacets } from '../src/seed/backfill-product-facets.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();

/** A product document as an older release stored it: no `facets`. */
const older = (sku: string, extra: object) => ({
  _id: new Types.ObjectId(),
  store: 'A SENHORA DOS ANÉIS',
  brand: 'Maré',
  name: sku,
  store_sku: sku,
  active: true,
  deleted: false,
  ...extra,
});

describe('product facets backfill', () => {
  it('when a shop from before the filters starts, then old products are filed once and filed ones are left alone', async () => {
    const { Product } = server.services.shop;
    const silver = older('OLD-PRATA', {
      custom_attributes: { Metal: 'Prata 925' },
      customizationOptions: {
        customizations: [
          { type: 'Array', name: 'Tamanho (EU)', key: 'tamanho', values: ['50', '52'] },
        ],
      },
    });
    const plain = older('OLD-PLAIN', {});
    const filed = older('FILED', { facets: { metals: ['platina'], sizes: ['60'] } });
    await Product.collection.insertMany([silver, plain, filed]);

    expect(await backfillProductFacets(server.services.shop)).toBe(2);
    const facetsOf = async (id: Types.ObjectId) =>
      (await Product.findById(id).select('facets').lean())?.facets;
    expect(await facetsOf(silver._id)).toEqual({ metals: ['prata'], sizes: ['50', '52'] });
    expect(await facetsOf(plain._id)).toEqual({ metals: [], sizes: [] });
    expect(await facetsOf(filed._id)).toEqual({ metals: ['platina'], sizes: ['60'] });

    expect(await backfillProductFacets(server.services.shop)).toBe(0);
  });
});
