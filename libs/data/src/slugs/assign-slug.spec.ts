import { Types } from 'mongoose';
import { useRacingConnections } from '../testing/racing-connections.js';
import { claimSlug, slugFor, slugOwner } from './assign-slug.js';
import { backfillSlugs } from './backfill-slugs.js';

// Three connections stand in for three server processes racing over the wire.
const { shop } = useRacingConnections(3);

async function insertCategory(category: string, subcategory: string) {
  return shop().Category.create({ category, subcategory });
}

async function insertProduct(name: string, category: Types.ObjectId) {
  const now = new Date();
  const auditor = { email: 'seed@example.com', name: 'Seed' };
  return shop().Product.create({
    store: 'Atelier',
    brand: 'Atelier',
    name,
    store_sku: `SKU-${new Types.ObjectId().toHexString()}`,
    category,
    tariff: new Types.ObjectId(),
    price: { cents: 10_000, currency: 'EUR' },
    weight: { quantity: 5, unit: 'G' },
    details_html: '<p>ring</p>',
    auditLog: { createdBy: auditor, createdOn: now, updatedBy: auditor, updatedOn: now },
  });
}

describe('slug claims', () => {
  it('when ten processes claim one name for ten owners at once, then each gets a different slug', async () => {
    const owners = Array.from({ length: 10 }, () => new Types.ObjectId());
    const slugs = await Promise.all(
      owners.map((owner, i) => claimSlug(shop(i).SlugClaim, 'product', owner, 'Solitário Nébula')),
    );

    expect(new Set(slugs).size).toBe(10);
    expect(slugs).toContain('solitario-nebula');
    expect(slugs).toContain('solitario-nebula-10');
    for (const [i, slug] of slugs.entries()) {
      expect((await slugOwner(shop().SlugClaim, 'product', slug))?.equals(owners[i])).toBe(true);
    }
  });

  it('when one owner claims its name from three processes at once, then all get the same one slug', async () => {
    const owner = new Types.ObjectId();
    const slugs = await Promise.all(
      [0, 1, 2].map((i) => claimSlug(shop(i).SlugClaim, 'product', owner, 'Halo Estrela')),
    );

    expect(new Set(slugs)).toEqual(new Set(['halo-estrela']));
    expect(await shop().SlugClaim.countDocuments({ owner })).toBe(1);
  });

  it('when a product and a category share a name, then both get the plain slug (separate namespaces)', async () => {
    const product = await claimSlug(shop().SlugClaim, 'product', new Types.ObjectId(), 'Gémeos');
    const category = await claimSlug(shop().SlugClaim, 'category', new Types.ObjectId(), 'Gémeos');
    expect([product, category]).toEqual(['gemeos', 'gemeos']);
  });

  it('when a product is renamed, then it gets the new slug and the old one still names it', async () => {
    const category = await insertCategory('Noivado', `Renomear ${Date.now()}`);
    const product = await insertProduct('Anel Primavera', category._id);
    const first = await slugFor(shop().SlugClaim, shop().Product, 'product', product, product.name);

    const renamed = await slugFor(
      shop().SlugClaim,
      shop().Product,
      'product',
      { _id: product._id, slug: first },
      'Anel Primavera Rosa',
    );

    expect(first).toBe('anel-primavera');
    expect(renamed).toBe('anel-primavera-rosa');
    expect((await shop().Product.findById(product._id).lean())?.slug).toBe(renamed);
    expect((await slugOwner(shop().SlugClaim, 'product', first))?.equals(product._id)).toBe(true);
  });

  it('when a rename only changes accents or case, then the slug stays as it was', async () => {
    const category = await insertCategory('Noivado', `Acentos ${Date.now()}`);
    const product = await insertProduct('Anel Lua', category._id);
    const slug = await slugFor(shop().SlugClaim, shop().Product, 'product', product, 'Anel Lua');

    const after = await slugFor(
      shop().SlugClaim,
      shop().Product,
      'product',
      { _id: product._id, slug },
      'ANEL LÚA',
    );
    expect(after).toBe(slug);
  });

  it('when the backfill runs twice from three processes at once, then every product and category has one stable slug', async () => {
    const category = await insertCategory('Alianças', `Backfill ${Date.now()}`);
    const products = await Promise.all(
      ['Aliança Tejo', 'Aliança Tejo', 'Aliança Douro'].map((name) =>
        insertProduct(name, category._id),
      ),
    );

    await Promise.all([0, 1, 2].map((i) => backfillSlugs(shop(i))));
    const firstRun = await shop()
      .Product.find({ _id: { $in: products.map((p) => p._id) } })
      .sort({ _id: 1 })
      .lean();
    const second = await backfillSlugs(shop());
    const secondRun = await shop()
      .Product.find({ _id: { $in: products.map((p) => p._id) } })
      .sort({ _id: 1 })
      .lean();

    expect(second).toEqual({ products: 0, categories: 0 });
    expect(firstRun.map((p) => p.slug).sort()).toEqual(
      ['alianca-douro', 'alianca-tejo', 'alianca-tejo-2'].sort(),
    );
    expect(secondRun.map((p) => p.slug)).toEqual(firstRun.map((p) => p.slug));
    const slugged = await shop().Category.findById(category._id).lean();
    expect(slugged?.slug).toMatch(/^aliancas-backfill-\d+$/);
  });
});
