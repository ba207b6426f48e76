import { waitForMail } from '@aneis/e2e-support';
import type { JourneyWorld } from './support/journey-world.js';
import { pngPicture } from './support/png-picture.js';
import { step } from './support/reference-steps.js';
import { tokenIn } from './support/outbox-mail.js';
import { VENIQA_ADMIN_ORIGIN } from './support/start-servers.js';
import { envelopeData, expect2xx, putImage, type VeniqaClient } from './support/veniqa-axios.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The admin client's `dto/Pagination.json`: no `pages` key. */
const FIRST_PAGE = { page: 1, total: 0, limit: 10 };
const PROVIDERS = ['MYUS', 'UPS', 'USPS', 'DHL', 'FEDEX', 'AMAZON'];

/** What moment's `format()` gives for a picked date: local offset, no milliseconds. */
function momentFormat(date: Date, offsetMinutes = -300): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** The order fields the admin's order pages read (M16, and M17, M19-M24 answers). */
function expectAdminOrder(order: Doc) {
  expect(order['_id']).toBeTypeOf('string');
  expect(order['overall_status']).toBeTypeOf('string');
  expect(order['mailing_address']['firstName']).toBeTypeOf('string');
  expect(order['payment_info'][0]['amount_in_usd']['amount']).toBeTypeOf('number');
  expect(order['auditLog']['createdOn']).toBeTypeOf('string');
  for (const item of order['cart']['items'] as Doc[]) {
    expect(item['_id']).toBeTypeOf('string');
    expect(item['counts']).toBeTypeOf('number');
    expect(item['aggregatedPrice']['amount']).toBeTypeOf('number');
    expect(item['product']['name']).toBeTypeOf('string');
    // Absent until the order is confirmed, as in Veniqa (its model has it optional).
    const details = item['order_line_level_processing_details'] as Doc | undefined;
    if (details) expect(details['status']).toBeTypeOf('string');
  }
}

/**
 * The manager's journey with Veniqa's management webclient: login, the catalogue (list, edit
 * with re-uploaded images, add, delete), featured products, the shopper's orders from received
 * to delivered with comments, reference data, admins and the password reset pages.
 */
export function managerJourney(world: JourneyWorld): void {
  const admin = (): VeniqaClient => world.admin();
  const m: {
    product?: Doc;
    addedId?: string;
    order?: Doc;
    lineId?: string;
    commentId?: string;
    tariffs: Doc[];
    categories: Doc[];
    newAdmin: string;
  } = { tariffs: [], categories: [], newAdmin: `ann.compat-${Date.now()}@example.com` };

  const orderAction = async (id: string, method: 'POST' | 'PUT', path: string, data: Doc) => {
    const reply = await admin().send({ method, path, data });
    const order = envelopeData(reply, id) as Doc;
    expectAdminOrder(order);
    m.order = order;
    return order;
  };
  const lineStatus = () =>
    (m.order?.['cart']['items'] as Doc[]).find((i) => i['_id'] === m.lineId)?.[
      'order_line_level_processing_details'
    ];

  step('M1', 'isLoggedIn while logged out is not the literal true', async () => {
    const reply = await admin().send({ method: 'GET', path: '/security/isLoggedIn' });
    expect2xx(reply, 'M1');
    expect(reply.body).not.toBe(true);
  });

  step('M2', 'login answers the raw admin with permissions', async () => {
    const { email, password } = world.servers().admin;
    const reply = await admin().send({
      method: 'POST',
      path: '/security/login',
      data: { email, password },
    });
    expect2xx(reply, 'M2');
    const body = reply.body as Doc;
    expect(body['email']).toBe(email);
    expect(body['name']).toBeTypeOf('string');
    expect(body['permissions']).toContain('SUPERADMIN');
  });

  step('M1', 'isLoggedIn once logged in is the JSON literal true', async () => {
    const reply = await admin().send({ method: 'GET', path: '/security/isLoggedIn' });
    expect(reply.body).toBe(true);
  });

  const expectCatalogPage = (page: Doc) => {
    for (const key of ['page', 'total', 'limit']) expect(page[key]).toBeTypeOf('number');
    for (const doc of page['docs'] as Doc[]) {
      expect(doc['_id']).toBeTypeOf('string');
      expect(doc['name']).toBeTypeOf('string');
      expect(doc['store_sku']).toBeTypeOf('string');
      expect(doc['price']['amount']).toBeTypeOf('number');
      expect(doc['active']).toBeTypeOf('boolean');
    }
  };

  for (const sortRule of ['-active', 'active']) {
    step('M9a', `catalogue list: empty-string searchFilters, sortRule "${sortRule}"`, async () => {
      const reply = await admin().send({
        method: 'POST',
        path: '/catalog/search',
        data: { searchFilters: { store: '', category: '' }, pagingOptions: FIRST_PAGE, sortRule },
      });
      const page = envelopeData(reply, 'M9a') as Doc;
      expectCatalogPage(page);
      expect(page['docs'].length).toBeGreaterThan(0);
      m.product ??= page['docs'][0];
    });
  }

  step('M28', 'catalogue bundle: GET with a JSON Content-Type and no body', async () => {
    const reply = await admin().send({
      method: 'GET',
      path: '/referenceData/getCatalogBundle',
      data: {},
    });
    const data = envelopeData(reply, 'M28') as Doc;
    for (const key of ['stores', 'product_categories', 'weight_units', 'tariff_categories']) {
      expect(Array.isArray(data[key]), key).toBe(true);
    }
  });

  step('M10', 'product details with tariff and category as objects', async () => {
    const reply = await admin().send({
      method: 'GET',
      path: `/catalog/getProductDetails?productId=${m.product?.['_id']}`,
    });
    expect2xx(reply, 'M10');
    const data = (reply.body as Doc)['responseData'] as Doc;
    expect(data['tariff']['_id']).toBeTypeOf('string');
    expect(data['category']['_id']).toBeTypeOf('string');
    expect(data['category']['category']).toBeTypeOf('string');
    expect(Array.isArray(data['detailedImageUrls'])).toBe(true);
    expect(Array.isArray(data['thumbnailUrls'])).toBe(true);
    expect(Array.isArray(data['customizationOptions']['customizations'])).toBe(true);
    expect(data['details_html']).toBeTypeOf('string');
    m.product = data;
  });

  /** M14 and the two PUTs per image: the new liveUrls, in list order. */
  const uploadImages = async (productId: string) => {
    const reply = await admin().send({
      method: 'GET',
      path:
        '/catalog/getPresignedUrlsForCatalogImageUploads?numberOfThumbnailAndDetailedImages=1' +
        `&numberOfFeaturedImages=0&productId=${productId}`,
    });
    expect2xx(reply, 'M14');
    const targets = (reply.body as Doc)['responseData'] as Doc;
    const picture = pngPicture();
    for (const kind of ['detailedImageUrls', 'thumbnailUrls']) {
      for (const target of targets[kind] as Doc[]) {
        expect(await putImage(target['uploadUrl'], picture, VENIQA_ADMIN_ORIGIN)).toBeLessThan(300);
      }
    }
    expect(Array.isArray(targets['featuredImageUrls'])).toBe(true);
    return {
      detailedImageUrls: (targets['detailedImageUrls'] as Doc[]).map((t) => t['liveUrl'] as string),
      thumbnailUrls: (targets['thumbnailUrls'] as Doc[]).map((t) => t['liveUrl'] as string),
      featuredImageUrls: (targets['featuredImageUrls'] as Doc[]).map(() => ''),
    };
  };

  step('M14', 'presigned upload URLs for a new product (productId=) and image PUTs', async () => {
    await uploadImages('');
  });

  /** `AddProduct.vue`'s defaults: what every add and edit body starts from. */
  const formDefaults = () => ({
    store: 'AMAZON',
    brand: 'BEVERLY HILLS KAY',
    name: 'Amrezy Highlighter',
    item_url:
      'https://www.sephora.com/product/ignited-eyeshadow-palette-P439026?icid2=just%20arrived:p439026:product',
    category: { _id: '', category: '', subcategory: null },
    store_sku: '',
    marked_price: { amount: 0, currency: 'USD' },
    active: true,
    thumbnailUrls: [] as string[],
    featuredImageUrls: [] as string[],
    detailedImageUrls: [] as string[],
    price: { amount: 0, currency: 'USD' },
    tariff: '',
    weight: { quantity: 0, unit: 'LB' },
    custom_attributes: {},
    customizationOptions: { customizations: [] as Doc[] },
    details_html:
      'A limited-edition illuminating powder with an ultra-smooth formula and radiant finish.',
    colors: [
      { name: 'Black', hexValue: '#000000' },
      { name: 'Brown', hexValue: '#435ADF' },
    ],
    sizes: ['XS', 'S', 'M', 'L'],
  });

  step(
    'M12',
    'edit a product: M10 merged over the defaults, numbers as strings, new images',
    async () => {
      const product = m.product ?? {};
      const images = await uploadImages(String(product['_id']));
      const body = {
        ...formDefaults(),
        ...product,
        tariff: product['tariff']['_id'],
        ...images,
        price: { amount: String(product['price']['amount']), currency: 'USD' },
        weight: {
          quantity: String(product['weight']['quantity']),
          unit: product['weight']['unit'],
        },
      };
      const reply = await admin().send({
        method: 'PUT',
        path: '/catalog/updateProduct',
        data: body,
      });
      envelopeData(reply, 'M12');
    },
  );

  step('M11', 'add a product: the whole form object, edited numbers as strings', async () => {
    const images = await uploadImages('');
    const product = m.product ?? {};
    const body = {
      ...formDefaults(),
      category: {
        _id: product['category']['_id'],
        category: product['category']['category'],
        subcategory: null,
      },
      store_sku: 'B07XYZ',
      ...images,
      price: { amount: '27.99', currency: 'USD' },
      tariff: product['tariff']['_id'],
      weight: { quantity: '3.2', unit: 'LB' },
      customizationOptions: {
        customizations: [{ name: 'Size', key: 'size', type: 'Array', values: ['S', 'M'] }],
      },
    };
    const reply = await admin().send({ method: 'POST', path: '/catalog/addProduct', data: body });
    envelopeData(reply, 'M11');
    const found = await admin().send({
      method: 'POST',
      path: '/catalog/search',
      data: { searchTerm: 'Amrezy Highlighter', pagingOptions: FIRST_PAGE },
    });
    m.addedId = (envelopeData(found, 'M9b') as Doc)['docs'][0]?.['_id'];
    expect(m.addedId).toBeTypeOf('string');
  });

  step('M13', 'delete a product: DELETE with a JSON body', async () => {
    const reply = await admin().send({
      method: 'DELETE',
      path: '/catalog/deleteProduct',
      data: { productId: m.addedId },
    });
    envelopeData(reply, 'M13');
  });

  step('M9b', 'featured picker search: searchTerm "" and no filters', async () => {
    const reply = await admin().send({
      method: 'POST',
      path: '/catalog/search',
      data: { searchTerm: '', pagingOptions: FIRST_PAGE },
    });
    expectCatalogPage(envelopeData(reply, 'M9b') as Doc);
  });

  let sections: Doc[] = [];
  step('M36', 'featured list with populated products', async () => {
    const reply = await admin().send({ method: 'GET', path: '/ui/featuredList' });
    sections = envelopeData(reply, 'M36') as Doc[];
    for (const section of sections) {
      expect(section['name']).toBeTypeOf('string');
      for (const design of section['content'] as Doc[]) {
        for (const product of design['products'] as Doc[])
          expect(product['_id']).toBeTypeOf('string');
      }
    }
  });

  step('M37', 'save a featured section: product ids, config passed through as held', async () => {
    const section = sections.find((s) => s['name'] === 'homepage') ?? sections[0];
    const reply = await admin().send({
      method: 'POST',
      path: '/ui/featured',
      data: {
        name: section?.['name'],
        content: (section?.['content'] as Doc[]).map((design) => ({
          products: (design['products'] as Doc[]).map((p) => p['_id']),
          config: design['config'],
        })),
      },
    });
    envelopeData(reply, 'M37');
  });

  let listPaging: Doc = FIRST_PAGE;
  step('M15', 'orders received, then the list with the paging it answered', async () => {
    const first = await admin().send({
      method: 'POST',
      path: '/orders/orderList',
      data: { orderStatus: 'RECEIVED', pagingOptions: listPaging, sortRule: '-auditLog.createdOn' },
    });
    expect2xx(first, 'M15');
    const page = (first.body as Doc)['responseData'] as Doc;
    for (const key of ['total', 'limit', 'page', 'pages']) expect(page[key]).toBeTypeOf('number');
    for (const order of page['docs'] as Doc[]) {
      expect(order['cart']['totalWeight']['unit']).toBeTypeOf('string');
      expect(order['payment_info'][0]['amount_in_usd']['amount']).toBeTypeOf('number');
    }
    expect((page['docs'] as Doc[]).map((o) => o['_id'])).toEqual(
      expect.arrayContaining(world.orders),
    );
    listPaging = {
      total: page['total'],
      limit: page['limit'],
      page: page['page'],
      pages: page['pages'],
    };
    for (const orderStatus of ['CONFIRMED', 'IN-PROGRESS', 'COMPLETED', 'CANCELLED']) {
      const tab = await admin().send({
        method: 'POST',
        path: '/orders/orderList',
        data: { orderStatus, pagingOptions: listPaging, sortRule: '-auditLog.createdOn' },
      });
      expect2xx(tab, `M15 ${orderStatus}`);
    }
  });

  step('M16', 'open an order', async () => {
    const reply = await admin().send({
      method: 'GET',
      path: `/orders/order?orderId=${world.orders[0]}`,
    });
    m.order = envelopeData(reply, 'M16') as Doc;
    expectAdminOrder(m.order);
    m.lineId = m.order['cart']['items'][0]['_id'];
  });

  step('M17', 'confirm the order', async () => {
    const order = await orderAction('M17', 'POST', '/orders/confirmOrder', {
      orderId: world.orders[0],
    });
    expect(order['overall_status']).not.toBe('RECEIVED');
  });

  step('M18', 'cancel the second order', async () => {
    const reply = await admin().send({
      method: 'POST',
      path: '/orders/cancelOrder',
      data: { orderId: world.orders[1] },
    });
    envelopeData(reply, 'M18');
  });

  step(
    'M19',
    'mark as fulfilling at a typed store: customStore equals it, cost a string',
    async () => {
      await orderAction('M19', 'POST', '/orders/markItemAsFulfilling', {
        store: 'Target',
        orderNumber: '112-7654321-1234567',
        totalCostPriceOfItemUSD: '25.99',
        customStore: 'Target',
        cartItemId: m.lineId,
        orderId: world.orders[0],
      });
      expect(lineStatus()['status']).toBe('FULFILLING');
    },
  );

  step(
    'M20',
    'edit the fulfilment: AMAZON, customStore null, prefilled cost as a number',
    async () => {
      await orderAction('M20', 'PUT', '/orders/updateOrderFulfillmentDetails', {
        store: 'AMAZON',
        orderNumber: '112-7654321-1234567',
        totalCostPriceOfItemUSD: 25.99,
        customStore: null,
        cartItemId: m.lineId,
        orderId: world.orders[0],
      });
      expect(lineStatus()['fulfillment_order_details']['store']).toBe('AMAZON');
    },
  );

  step('M21', 'mark as shipped, postage a string', async () => {
    await orderAction('M21', 'POST', '/orders/markItemAsShipped', {
      provider: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      service: 'Ground',
      paidPostageInUSD: '12.50',
      orderId: world.orders[0],
      cartItemId: m.lineId,
    });
    expect(lineStatus()['status']).toBe('SHIPPED');
  });

  step('M22', 'edit the shipment with each carrier the client offers', async () => {
    for (const provider of PROVIDERS) {
      await orderAction(`M22 ${provider}`, 'PUT', '/orders/updateShipmentDetails', {
        provider,
        trackingNumber: '1Z999AA10123456784',
        service: 'Ground',
        paidPostageInUSD: '12.50',
        orderId: world.orders[0],
        cartItemId: m.lineId,
      });
      expect(lineStatus()['shipment']['provider']).toBe(provider);
    }
  });

  step('M23', "mark as delivered with moment's date format", async () => {
    await orderAction('M23', 'POST', '/orders/markItemAsDelivered', {
      deliveryDate: momentFormat(new Date()),
      orderId: world.orders[0],
      cartItemId: m.lineId,
    });
    expect(lineStatus()['status']).toBe('DELIVERED');
    expect(lineStatus()['delivery']['delivery_date']).toBeTypeOf('string');
  });

  step('M24', 'edit the delivery date, again as moment formats it', async () => {
    await orderAction('M24', 'PUT', '/orders/updateDeliveryDetails', {
      deliveryDate: momentFormat(new Date(), 60),
      orderId: world.orders[0],
      cartItemId: m.lineId,
    });
  });

  const expectComments = (comments: Doc[]) => {
    for (const comment of comments) {
      expect(comment['_id']).toBeTypeOf('string');
      expect(comment['content']).toBeTypeOf('string');
      expect(comment['auditLog']['createdBy']['email']).toBeTypeOf('string');
    }
  };

  step('M25', 'add a comment ending in the newline Enter inserted', async () => {
    const reply = await admin().send({
      method: 'POST',
      path: '/orders/addComment',
      data: { orderId: world.orders[0], comment: 'Called the customer\n' },
    });
    const comments = envelopeData(reply, 'M25') as Doc[];
    expectComments(comments);
    m.commentId = comments.at(-1)?.['_id'];
  });

  step('M26', 'edit the comment, newline again', async () => {
    const reply = await admin().send({
      method: 'PUT',
      path: '/orders/editComment',
      data: { orderId: world.orders[0], comment: 'edited text\n', commentId: m.commentId },
    });
    expectComments(envelopeData(reply, 'M26') as Doc[]);
  });

  step('M27', 'delete the comment: DELETE with a JSON body', async () => {
    const reply = await admin().send({
      method: 'DELETE',
      path: '/orders/deleteComment',
      data: { orderId: world.orders[0], commentId: m.commentId },
    });
    expect(envelopeData(reply, 'M27')).toEqual([]);
  });

  step('M30', 'tariff list (GET with data {})', async () => {
    const reply = await admin().send({
      method: 'GET',
      path: '/referenceData/tariffList',
      data: {},
    });
    expect2xx(reply, 'M30');
    m.tariffs = (reply.body as Doc)['responseData'] as Doc[];
    for (const tariff of m.tariffs) {
      expect(tariff['name']).toBeTypeOf('string');
      expect(tariff['rates']).toBeTypeOf('object');
    }
  });

  step('M31', 'add a tariff with rates keyed Nepal and Bangladesh, one cleared ("")', async () => {
    const reply = await admin().send({
      method: 'POST',
      path: '/referenceData/tariff',
      data: { name: 'Cosmetics', rates: { Nepal: 10, Bangladesh: '' } },
    });
    expect2xx(reply, 'M31');
  });

  step('M32', 'edit a tariff: a deep copy of the listed row', async () => {
    const list = await admin().send({ method: 'GET', path: '/referenceData/tariffList', data: {} });
    const row = ((list.body as Doc)['responseData'] as Doc[]).find(
      (t) => t['name'] === 'Cosmetics',
    );
    const reply = await admin().send({
      method: 'PUT',
      path: '/referenceData/tariff',
      data: { ...row, name: 'Cosmetics and care', rates: { Nepal: 12, Bangladesh: 15 } },
    });
    expect2xx(reply, 'M32');
  });

  step('M33', 'category list (GET with data {})', async () => {
    const reply = await admin().send({
      method: 'GET',
      path: '/referenceData/productCategoryList',
      data: {},
    });
    expect2xx(reply, 'M33');
    m.categories = (reply.body as Doc)['responseData'] as Doc[];
    for (const c of m.categories) expect(c['category']).toBeTypeOf('string');
  });

  step('M34', 'add a category', async () => {
    const reply = await admin().send({
      method: 'POST',
      path: '/referenceData/productCategory',
      data: { category: 'Women', subcategory: 'Dresses' },
    });
    expect2xx(reply, 'M34');
  });

  step('M35', 'edit a category: a deep copy of the listed row', async () => {
    const list = await admin().send({
      method: 'GET',
      path: '/referenceData/productCategoryList',
      data: {},
    });
    const row = ((list.body as Doc)['responseData'] as Doc[]).find(
      (c) => c['subcategory'] === 'Dresses',
    );
    const reply = await admin().send({
      method: 'PUT',
      path: '/referenceData/productCategory',
      data: { ...row, subcategory: 'Evening dresses' },
    });
    expect2xx(reply, 'M35');
  });

  step('M29', 'roles for the permissions select (GET with data {})', async () => {
    const reply = await admin().send({ method: 'GET', path: '/referenceData/getRoles', data: {} });
    const roles = envelopeData(reply, 'M29') as unknown[];
    expect(roles.length).toBeGreaterThan(0);
  });

  let admins: Doc[] = [];
  const listAdmins = async () => {
    const reply = await admin().send({ method: 'GET', path: '/superAdmin/getAllAdmins', data: {} });
    admins = envelopeData(reply, 'M38') as Doc[];
    return admins;
  };

  step('M38', 'all admins (GET with data {})', async () => {
    for (const a of await listAdmins()) {
      expect(a['email']).toBeTypeOf('string');
      expect(Array.isArray(a['permissions'])).toBe(true);
    }
  });

  step('M39', 'create an admin with approved, then one without', async () => {
    const first = await admin().send({
      method: 'POST',
      path: '/superAdmin/createAdmin',
      data: {
        name: 'Ann Admin',
        email: m.newAdmin,
        permissions: ['ORDER_VIEW', 'CATALOG_VIEW'],
        approved: true,
      },
    });
    envelopeData(first, 'M39');
    const second = await admin().send({
      method: 'POST',
      path: '/superAdmin/createAdmin',
      data: { name: 'Bob Admin', email: `bob.${m.newAdmin}`, permissions: ['ORDER_VIEW'] },
    });
    envelopeData(second, 'M39');
  });

  step('M40', 'update access: a deep copy of the listed admin', async () => {
    const row = (await listAdmins()).find((a) => a['email'] === m.newAdmin);
    const reply = await admin().send({
      method: 'PUT',
      path: '/superAdmin/updateAdminAccess',
      data: { ...row, permissions: ['ORDER_VIEW', 'ORDER_MANAGE'], approved: true },
    });
    envelopeData(reply, 'M40');
  });

  step('M41', 'delete an admin: DELETE with a JSON body', async () => {
    const reply = await admin().send({
      method: 'DELETE',
      path: '/superAdmin/deleteAdmin',
      data: { email: `bob.${m.newAdmin}` },
    });
    envelopeData(reply, 'M41');
  });

  let resetToken = '';
  const newcomer = () => world.newAdminClient();
  step('M4', 'forgot password, e-mail not URL-encoded', async () => {
    const reply = await newcomer().send({
      method: 'GET',
      path: `/security/forgotPassword?email=${m.newAdmin}`,
    });
    envelopeData(reply, 'M4');
    resetToken = tokenIn(
      await waitForMail(world.outboxDir(), { to: m.newAdmin, template: 'reset_password_admin' }),
    );
  });

  step('M5', 'validate the reset token', async () => {
    const reply = await newcomer().send({
      method: 'GET',
      path: `/security/validatePasswordResetToken/${resetToken}`,
    });
    envelopeData(reply, 'M5');
  });

  step('M6', 'reset the password', async () => {
    const reply = await newcomer().send({
      method: 'POST',
      path: '/security/resetPassword',
      data: { token: resetToken, newPassword: 'newsecret1' },
    });
    envelopeData(reply, 'M6');
  });

  step('M7', "confirmEmailAddress: absent from Veniqa's management server too (404)", async () => {
    const reply = await newcomer().send({
      method: 'GET',
      path: `/security/confirmEmailAddress/${resetToken}`,
    });
    expect(reply.status).toBe(404);
  });

  step('M8', "resend confirmation: absent from Veniqa's management server too (404)", async () => {
    const reply = await newcomer().send({
      method: 'GET',
      path: `/security/resendEmailAddressConfirmationLink?email=${m.newAdmin}`,
    });
    expect(reply.status).toBe(404);
  });

  step('M3', 'logout answers a truthy body', async () => {
    const reply = await admin().send({ method: 'GET', path: '/security/logout' });
    expect2xx(reply, 'M3');
    expect(reply.text.length).toBeGreaterThan(0);
  });
}
