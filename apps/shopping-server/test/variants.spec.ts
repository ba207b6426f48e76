import { variantKey } from '@aneis/contracts';
import type { ProductDoc } from '@aneis/data';
import {
  seedProduct,
  customerWithCheckout,
  createCustomer,
  loginAgent,
  NEPAL_ADDRESS,
} from './support/seed.js';
import { useSeededShop } from './support/seeded-shop.js';

const { harness, shop, refs } = useSeededShop();

const KEYS = ['tamanho', 'metal'];
const GOLD = 'Ouro amarelo 18k';
const PLATINUM = 'Platina 950';

/** A ring in sizes 48 and 62, in gold (the price) or platinum (+387 €), stock per variant. */
function ringFields(name: string, stock: Record<string, number>): Partial<ProductDoc> {
  const variants = ['48', '62'].flatMap((size) =>
    [GOLD, PLATINUM].map((metal) => {
      const choices = { tamanho: size, metal };
      return {
        key: variantKey(choices, KEYS),
        choices,
        sku: `RING-${size}-${metal === GOLD ? 'OURO' : 'PT950'}`,
        stock: stock[`${size}/${metal}`] ?? 0,
      };
    }),
  );
  return {
    name,
    price: { cents: 129_000, currency: 'USD' },
    customizationOptions: {
      customizations: [
        {
          type: 'Array',
          name: 'Tamanho (EU)',
          key: 'tamanho',
          labels: { pt: 'Tamanho (EU)', en: 'Size (EU)' },
          values: ['48', '62'],
          required: true,
        },
        {
          type: 'Array',
          name: 'Metal',
          key: 'metal',
          labels: { pt: 'Metal', en: 'Metal' },
          values: [GOLD, PLATINUM],
          valueDetails: [
            { value: GOLD, labels: { pt: GOLD, en: '18k yellow gold' } },
            { value: PLATINUM, labels: { pt: PLATINUM, en: 'Platinum 950' }, priceDelta: 38_700 },
          ],
        },
        { type: 'Toggle', name: 'Gravação', key: 'gravacao', values: ['Sem gravação', 'Gravado'] },
      ],
    },
    variants,
    stock: variants.reduce((sum, variant) => sum + variant.stock, 0),
  };
}

async function variantStock(productId: unknown) {
  const product = await harness.models.Product.findById(productId).lean();
  return {
    total: product?.stock,
    ...Object.fromEntries(
      (product?.variants ?? []).map((v) => [`${v.choices.tamanho}/${v.choices.metal}`, v.stock]),
    ),
  };
}

describe('variants in the cart', () => {
  it('when a ring is added with its size but not its metal, then a 400 names what is missing and nothing is picked', async () => {
    const ring = await seedProduct(harness.models, refs, ringFields('Missing Ring', {}));
    await createCustomer(harness.models, 'missing@example.com');
    const agent = await loginAgent(shop, 'missing@example.com');
    const sizeOnly = await agent
      .post('/shopping/addToCart')
      .send([{ product: String(ring._id), counts: 1, customizations: { tamanho: '62' } }])
      .expect(400);
    expect(sizeOnly.body.code).toBe('CHOICE_MISSING');
    expect(sizeOnly.body.details).toEqual({ missing: ['metal'] });
    const cart = await agent.get('/shopping/getCart').expect(200);
    expect(cart.body.responseData.items).toEqual([]);
  });

  it('when a line arrives with no choices at all (Veniqa’s login merge), then it is kept incomplete, says what is missing, and checkout refuses it', async () => {
    const ring = await seedProduct(harness.models, refs, ringFields('Merged Ring', {}));
    await createCustomer(harness.models, 'merged@example.com');
    const agent = await loginAgent(shop, 'merged@example.com');
    const res = await agent
      .post('/shopping/addToCart')
      .send([{ product: String(ring._id), counts: 1, customizations: null }])
      .expect(200);
    const [line] = res.body.responseData.items;
    expect(line.customizations).toBeUndefined();
    expect(line.missingChoices).toEqual([
      { pt: 'Tamanho (EU)', en: 'Size (EU)' },
      { pt: 'Metal', en: 'Metal' },
    ]);
    const addresses = await agent.post('/user/address').send(NEPAL_ADDRESS).expect(200);
    const checkout = await agent
      .post('/orders/createCheckout')
      .send({ addressId: addresses.body.responseData[0]._id, shippingMethod: 'standard' })
      .expect(400);
    expect(checkout.body.code).toBe('CHOICE_MISSING');
  });

  it('when a combination the ring is not made in is asked for, then a 400 says so', async () => {
    const fields = ringFields('Partial Ring', {});
    fields.variants = fields.variants?.slice(0, 3); // no size 62 in platinum
    const ring = await seedProduct(harness.models, refs, fields);
    await createCustomer(harness.models, 'combination@example.com');
    const agent = await loginAgent(shop, 'combination@example.com');
    const res = await agent
      .post('/shopping/addToCart')
      .send([
        {
          product: String(ring._id),
          counts: 1,
          customizations: { tamanho: '62', metal: PLATINUM },
        },
      ])
      .expect(400);
    expect(res.body.code).toBe('VARIANT_UNAVAILABLE');
  });

  it('when size 62 in platinum is added, then the line costs the platinum price, shows that variant’s stock and reads in both languages', async () => {
    const ring = await seedProduct(
      harness.models,
      refs,
      ringFields('Priced Ring', { '62/Platina 950': 2, '62/Ouro amarelo 18k': 7 }),
    );
    await createCustomer(harness.models, 'priced@example.com');
    const agent = await loginAgent(shop, 'priced@example.com');
    const res = await agent
      .post('/shopping/addToCart')
      .send([
        {
          product: String(ring._id),
          counts: 2,
          customizations: { metal: PLATINUM, tamanho: '62', gravacao: 'Gravado' },
        },
        { product: String(ring._id), counts: 1, customizations: { tamanho: '62', metal: GOLD } },
      ])
      .expect(200);
    const [platinum, gold] = res.body.responseData.items;
    expect(platinum.product.price).toEqual({ amount: 1677, currency: 'USD' });
    expect(platinum.aggregatedPrice).toEqual({ amount: 3354, currency: 'USD' });
    expect(platinum.product.stock).toBe(2);
    expect(
      platinum.choiceLabels.map(
        (c: { option: { en: string }; label: { en: string } }) => `${c.option.en}: ${c.label.en}`,
      ),
    ).toEqual(['Size (EU): 62', 'Metal: Platinum 950', 'Gravação: Gravado']);
    expect(gold.product.price).toEqual({ amount: 1290, currency: 'USD' });
    expect(gold.product.stock).toBe(7);
    expect(res.body.responseData.subTotalPrice).toEqual({ amount: 4644, currency: 'USD' });
  });
});

describe('variants at checkout', () => {
  it('when size 62 in platinum is ordered, then the order keeps its price and SKU, and only that variant (and the total) loses the units', async () => {
    const ring = await seedProduct(
      harness.models,
      refs,
      ringFields('Ordered Ring', { '62/Platina 950': 3, '48/Platina 950': 3 }),
    );
    const { agent, checkoutId, checkout } = await customerWithCheckout(
      shop,
      harness.models,
      'ordered@example.com',
      String(ring._id),
      2,
      NEPAL_ADDRESS,
      { tamanho: '62', metal: PLATINUM },
    );
    expect(checkout.responseData.cart.subTotalPrice).toEqual({ amount: 3354, currency: 'USD' });
    await agent
      .post('/orders/completeCheckoutManually')
      .send({ checkoutId, method: 'CASH_ON_DELIVERY' })
      .expect(200);
    expect(await variantStock(ring._id)).toMatchObject({
      total: 4,
      '62/Platina 950': 1,
      '48/Platina 950': 3,
    });
    const order = await harness.models.Order.findById(checkoutId).lean();
    expect(order?.cart.items[0]?.variantSku).toBe('RING-62-PT950');
    expect(order?.cart.items[0]?.reservedStock).toBe(2);
    const details = await agent.get(`/user/orderDetails?orderId=${checkoutId}`).expect(200);
    const line = details.body.responseData.cart.items[0];
    expect(line.aggregatedPrice).toEqual({ amount: 3354, currency: 'USD' });
    expect(line.variantSku).toBe('RING-62-PT950');
    expect(line.product.variants).toBeUndefined();
  });

  it('when 12 shoppers race for the last size 62 in platinum, then exactly one gets it, the others a 409 naming it, and the gold 62 sells on', async () => {
    const ring = await seedProduct(
      harness.models,
      refs,
      ringFields('Last Ring', { '62/Platina 950': 1, '62/Ouro amarelo 18k': 3 }),
    );
    type Shopper = Awaited<ReturnType<typeof customerWithCheckout>>;
    const platinum: Shopper[] = [];
    for (let i = 0; i < 12; i += 1) {
      platinum.push(
        await customerWithCheckout(
          shop,
          harness.models,
          `last-pt${i}@example.com`,
          String(ring._id),
          1,
          NEPAL_ADDRESS,
          { tamanho: '62', metal: PLATINUM },
        ),
      );
    }
    const gold: Shopper[] = [];
    for (let i = 0; i < 3; i += 1) {
      gold.push(
        await customerWithCheckout(
          shop,
          harness.models,
          `last-gold${i}@example.com`,
          String(ring._id),
          1,
          NEPAL_ADDRESS,
          { tamanho: '62', metal: GOLD },
        ),
      );
    }
    const complete = ({ agent, checkoutId }: Shopper) =>
      agent
        .post('/orders/completeCheckoutManually')
        .send({ checkoutId, method: 'CASH_ON_DELIVERY' });
    const [platinumResults, goldResults] = await Promise.all([
      Promise.all(platinum.map(complete)),
      Promise.all(gold.map(complete)),
    ]);
    expect(platinumResults.filter((res) => res.status === 200)).toHaveLength(1);
    const refused = platinumResults.filter((res) => res.status === 409);
    expect(refused).toHaveLength(11);
    for (const res of refused) {
      expect(res.body.code).toBe('OUT_OF_STOCK');
      expect(res.body.errorDetails).toBe(
        '"Last Ring (Size (EU): 62 · Metal: Platinum 950)" is sold out',
      );
    }
    expect(goldResults.map((res) => res.status)).toEqual([200, 200, 200]);
    expect(await variantStock(ring._id)).toMatchObject({
      total: 0,
      '62/Platina 950': 0,
      '62/Ouro amarelo 18k': 0,
    });
    expect(await harness.models.Order.countDocuments({ 'cart.items.product._id': ring._id })).toBe(
      4,
    );
  }, 120_000);

  it('when a cart line predates the ring’s variants, then checkout refuses it with the missing choice instead of picking one', async () => {
    const ring = await seedProduct(harness.models, refs, { name: 'Plain Then Varied', stock: 5 });
    await createCustomer(harness.models, 'predates@example.com');
    const agent = await loginAgent(shop, 'predates@example.com');
    await agent
      .post('/shopping/addToCart')
      .send([{ product: String(ring._id), counts: 1 }])
      .expect(200);
    await harness.models.Product.updateOne(
      { _id: ring._id },
      { $set: ringFields('Plain Then Varied', { '48/Platina 950': 1 }) },
    );
    const addresses = await agent.post('/user/address').send(NEPAL_ADDRESS).expect(200);
    const res = await agent
      .post('/orders/createCheckout')
      .send({ addressId: addresses.body.responseData[0]._id, shippingMethod: 'standard' })
      .expect(400);
    expect(res.body.code).toBe('CHOICE_MISSING');
  });
});
