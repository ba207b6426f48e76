import { createMongoConnection, registerModels } from '@aneis/data';
import { Types } from 'mongoose';

export const SEEDED_PRODUCTS = 20;

/** Twenty active rings in one category, as the storefront's first page shows them. */
export async function seedCatalog(uri: string, embedded: boolean): Promise<{ productId: string }> {
  const mongo = createMongoConnection({ uri, embedded });
  await mongo.connect();
  try {
    const models = registerModels(mongo.connection);
    const auditor = { email: 'bench@example.com', name: 'Bench' };
    const category = await models.Category.create({ category: 'Women', subcategory: 'Rings' });
    const tariff = await models.Tariff.create({ name: 'Jewellery', rates: { PT: 0 } });
    const products = await models.Product.insertMany(
      Array.from({ length: SEEDED_PRODUCTS }, (_, i) => ({
        _id: new Types.ObjectId(),
        store: 'ANEIS',
        brand: 'Aneis',
        name: `Ring ${i + 1}`,
        store_sku: `R-${i + 1}`,
        category: category._id,
        tariff: tariff._id,
        thumbnailUrls: [`https://images.example.com/r${i}.png`],
        detailedImageUrls: [`https://images.example.com/r${i}-big.png`],
        featuredImageUrls: [],
        price: { cents: 1000 + i * 150, currency: 'EUR' },
        weight: { quantity: 0.05, unit: 'KG' },
        details_html: `<p>Ring number ${i + 1}</p>`,
        active: true,
        deleted: false,
        stock: 10,
        auditLog: {
          createdBy: auditor,
          updatedBy: auditor,
          createdOn: new Date(),
          updatedOn: new Date(),
        },
      })),
    );
    return { productId: String(products[0]?._id) };
  } finally {
    await mongo.close();
  }
}

/** The same server URI pointed at one database (`mongodb://h:p/?opts` → `mongodb://h:p/db?opts`). */
export function withDatabase(uri: string, dbName: string): string {
  const url = new URL(uri);
  url.pathname = `/${dbName}`;
  return url.toString();
}
