import { waitForMail } from '@aneis/e2e-support';
import { tokenIn, waitForNthMail } from './support/outbox-mail.js';
import type { JourneyWorld } from './support/journey-world.js';
import { step } from './support/reference-steps.js';
import { envelopeData, expect2xx, type VeniqaClient } from './support/veniqa-axios.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** `dto/Pagination.json` of the shop client, then whatever the last response said. */
const FIRST_PAGE = { page: 1, pages: 1, total: 0, limit: 10 };
const DESIGN_TYPES = ['Stripe', 'Canvas Left Cracked', 'Canvas Right Cracked'];
const SHIPPING_IDS = ['Expedited Shipping', 'No Rush Shipping', '20 day shipping'];

function expectMoney(value: Doc | undefined, label: string) {
  expect(value, label).toBeTypeOf('object');
  expect(value?.['amount'], `${label}.amount`).toBeTypeOf('number');
  expect(value?.['currency'], `${label}.currency`).toBeTypeOf('string');
}

/** The cart fields the shop client renders (S12-S15, S22). */
function expectCart(cart: Doc) {
  expect(Array.isArray(cart['items'])).toBe(true);
  for (const item of cart['items'] as Doc[]) {
    expect(item['_id']).toBeTypeOf('string');
    expect(item['product']['_id']).toBeTypeOf('string');
    expect(item['product']['name']).toBeTypeOf('string');
    expect(Array.isArray(item['product']['thumbnailUrls'])).toBe(true);
    expectMoney(item['product']['price'], 'product.price');
    expect(item['counts']).toBeTypeOf('number');
    expectMoney(item['aggregatedPrice'], 'aggregatedPrice');
  }
  expectMoney(cart['subTotalPrice'], 'subTotalPrice');
  expect(cart['totalWeight']['quantity']).toBeTypeOf('number');
  expect(cart['totalWeight']['unit']).toBeTypeOf('string');
}

/** The order fields of the "My orders" list (S20) and detail page (S21). */
function expectOrderListFields(order: Doc) {
  expect(order['_id']).toBeTypeOf('string');
  expect(order['overall_status']).toBeTypeOf('string');
  expect(order['auditLog']['createdOn']).toBeTypeOf('string');
  for (const item of order['cart']['items'] as Doc[]) {
    expect(item['product']['_id']).toBeTypeOf('string');
    expect(item['product']['name']).toBeTypeOf('string');
    expect(item['product']['store']).toBeTypeOf('string');
    expect(item['aggregatedPrice']['amount']).toBeTypeOf('number');
    expect(item['counts']).toBeTypeOf('number');
    // Absent until the order is confirmed, as in Veniqa (its model has it optional).
    const details = item['order_line_level_processing_details'] as Doc | undefined;
    if (details) expect(details['status']).toBeTypeOf('string');
  }
}

/**
 * The shopper's journey with Veniqa's shopping webclient, request by request as its code sends
 * them: home, search, a product, an account, the cart, addresses, checkout prices with the
 * client's hard-coded shipping ids, a card payment, then the order list and detail.
 */
export function shopperJourney(world: JourneyWorld): void {
  const email = `jane.compat-${Date.now()}@example.com`;
  const shop = (): VeniqaClient => world.shop();
  const s: {
    categories: Doc[];
    product?: Doc;
    otherProduct?: Doc;
    cart?: Doc;
    addresses: Doc[];
    addressId?: string;
    checkout?: Doc;
    orderIds: string[];
  } = { categories: [], addresses: [], orderIds: [] };

  const search = async (body: unknown) => {
    const reply = await shop().send({ method: 'POST', path: '/catalog/search', data: body });
    return envelopeData(reply, 'S10') as Doc;
  };
  const expectSearchDocs = (page: Doc) => {
    expect(Array.isArray(page['docs'])).toBe(true);
    expect(page['total']).toBeTypeOf('number');
    expect(page['pages']).toBeTypeOf('number');
    for (const doc of page['docs'] as Doc[]) {
      expect(doc['_id']).toBeTypeOf('string');
      expect(doc['store']).toBeTypeOf('string');
      expect(doc['name']).toBeTypeOf('string');
      expectMoney(doc['price'], 'price');
      expect(doc['thumbnailUrls'][0]).toBeTypeOf('string');
    }
  };

  step('S1', 'isLoggedIn while logged out is not the literal true', async () => {
    const reply = await shop().send({ method: 'GET', path: '/security/isLoggedIn' });
    expect2xx(reply, 'S1');
    expect(reply.body).not.toBe(true);
  });

  step('S28', 'featured homepage designs with populated products', async () => {
    const reply = await shop().send({ method: 'GET', path: '/ui/featured?name=homepage' });
    const data = envelopeData(reply, 'S28') as Doc;
    expect(Array.isArray(data['content'])).toBe(true);
    for (const design of data['content'] as Doc[]) {
      expect(DESIGN_TYPES).toContain(design['config']['design_type']);
      for (const product of design['products'] as Doc[]) {
        expect(product['_id']).toBeTypeOf('string');
        expect(product['name']).toBeTypeOf('string');
        expectMoney(product['price'], 'price');
        expect(product['detailedImageUrls'][0]).toBeTypeOf('string');
      }
    }
  });

  step('S27', 'product category list', async () => {
    const reply = await shop().send({ method: 'GET', path: '/ui/productCategoryList' });
    s.categories = envelopeData(reply, 'S27') as Doc[];
    expect(s.categories.length).toBeGreaterThan(0);
    for (const c of s.categories) {
      expect(c['_id']).toBeTypeOf('string');
      expect(c['category']).toBeTypeOf('string');
    }
  });

  step('S10', 'search from the header box: pagination UI state, no categoryIds', async () => {
    const page = await search({ searchTerm: '', pagingOptions: FIRST_PAGE });
    expectSearchDocs(page);
    expect(page['docs'].length).toBeGreaterThan(0);
    [s.product, s.otherProduct] = page['docs'] as Doc[];
  });

  step(
    'S10',
    'search by a category the shop lacks ("Women"): categoryIds [] is an empty page',
    async () => {
      const page = await search({ searchTerm: '', categoryIds: [], pagingOptions: FIRST_PAGE });
      expect(page['docs']).toEqual([]);
      expect(page['total']).toBe(0);
    },
  );

  step('S10', 'search by a side-menu category, then "See More" with copied totals', async () => {
    const first = s.categories[0];
    const ids = s.categories
      .filter((c) => c['category'] === first?.['category'])
      .map((c) => c['_id']);
    const page = await search({ searchTerm: '', categoryIds: ids, pagingOptions: FIRST_PAGE });
    expectSearchDocs(page);
    const more = await search({
      searchTerm: '',
      categoryIds: ids,
      pagingOptions: { page: 2, pages: page['pages'], total: page['total'], limit: 10 },
    });
    expectSearchDocs(more);
  });

  step('S11', 'product details (type: get in the client config)', async () => {
    const id = String(s.product?.['_id']);
    const reply = await shop().send({
      method: 'GET',
      path: `/catalog/getProductDetails?productId=${id}`,
    });
    const data = envelopeData(reply, 'S11') as Doc;
    expect(data['name']).toBeTypeOf('string');
    expect(data['store']).toBeTypeOf('string');
    expectMoney(data['price'], 'price');
    expect(Array.isArray(data['detailedImageUrls'])).toBe(true);
    expect(Array.isArray(data['customizationOptions']['customizations'])).toBe(true);
    for (const option of data['customizationOptions']['customizations'] as Doc[]) {
      for (const key of ['key', 'name', 'type']) expect(option[key], key).toBeTypeOf('string');
      expect(Array.isArray(option['values'])).toBe(true);
    }
    s.product = data;
  });

  step('S2', 'signup with phone and a reCAPTCHA token', async () => {
    const reply = await shop().send({
      method: 'POST',
      path: '/security/signup',
      data: {
        email,
        password: 'secret12',
        phone: '9841000000',
        name: 'Jane Doe',
        recaptcha: '03AGdBq25-compat-token',
      },
    });
    expect2xx(reply, 'S2');
  });

  step('S9', 'resend the confirmation link, e-mail not URL-encoded', async () => {
    const reply = await shop().send({
      method: 'GET',
      path: `/security/resendEmailAddressConfirmationLink?email=${email}`,
    });
    envelopeData(reply, 'S9');
  });

  step('S8', 'confirm the e-mail address with the token of the mail', async () => {
    // The resend (S9) replaced the signup's token: its mail, the second, holds the live one.
    const mail = await waitForNthMail(world.outboxDir(), email, 'confirm_account_customer', 2);
    const reply = await shop().send({
      method: 'GET',
      path: `/security/confirmEmailAddress/${tokenIn(mail)}`,
    });
    envelopeData(reply, 'S8');
  });

  let resetToken = '';
  step('S5', 'forgot password, e-mail not URL-encoded', async () => {
    const reply = await shop().send({
      method: 'GET',
      path: `/security/forgotPassword?email=${email}`,
    });
    envelopeData(reply, 'S5');
    resetToken = tokenIn(
      await waitForMail(world.outboxDir(), { to: email, template: 'reset_password_customer' }),
    );
  });

  step('S6', 'validate the reset token: a truthy responseData', async () => {
    const reply = await shop().send({
      method: 'GET',
      path: `/security/validatePasswordResetToken/${resetToken}`,
    });
    expect2xx(reply, 'S6');
    expect((reply.body as Doc)['responseData']).toBeTruthy();
  });

  step('S7', 'reset the password: httpStatus 200 and a truthy responseData', async () => {
    const reply = await shop().send({
      method: 'POST',
      path: '/security/resetPassword',
      data: { token: resetToken, newPassword: 'newsecret1' },
    });
    expect(envelopeData(reply, 'S7')).toBeTruthy();
  });

  step('S3', 'login with recaptcha "" answers the raw account', async () => {
    const reply = await shop().send({
      method: 'POST',
      path: '/security/login',
      data: { email, password: 'newsecret1', recaptcha: '' },
    });
    expect2xx(reply, 'S3');
    const body = reply.body as Doc;
    expect(body['email']).toBe(email);
    expect(body['name']).toBe('Jane Doe');
    expect([true, 'true']).toContain(body['emailConfirmed']);
    const cart = body['cart'] as Doc | null | undefined;
    if (cart) expect(Array.isArray(cart['items'])).toBe(true);
  });

  step('S1', 'isLoggedIn once logged in is the JSON literal true', async () => {
    const reply = await shop().send({ method: 'GET', path: '/security/isLoggedIn' });
    expect2xx(reply, 'S1');
    expect(reply.body).toBe(true);
  });

  step('S13', 'get the cart', async () => {
    const reply = await shop().send({ method: 'GET', path: '/shopping/getCart' });
    expectCart(envelopeData(reply, 'S13') as Doc);
  });

  step('S16', 'list addresses (no body, no Content-Type)', async () => {
    const reply = await shop().send({ method: 'GET', path: '/user/address', data: null });
    expect(Array.isArray(envelopeData(reply, 'S16'))).toBe(true);
  });

  const customizationsOf = (product: Doc | undefined): Record<string, string> => {
    const options = (product?.['customizationOptions']?.['customizations'] ?? []) as Doc[];
    return Object.fromEntries(
      options.map((o) => {
        const first = (o['values'] as unknown[])[0];
        const value =
          o['type'] === 'Colors'
            ? `${(first as Doc)['name']}|${(first as Doc)['hexValue']}`
            : first;
        return [String(o['key']), String(value ?? '')];
      }),
    );
  };

  step('S12', 'add to cart from the product page: a JSON array, counts 1', async () => {
    const reply = await shop().send({
      method: 'POST',
      path: '/shopping/addToCart',
      data: [
        { product: s.product?.['_id'], counts: 1, customizations: customizationsOf(s.product) },
      ],
    });
    s.cart = envelopeData(reply, 'S12') as Doc;
    expectCart(s.cart);
    expect(s.cart['items'].length).toBe(1);
  });

  step('S12', 'add to cart from the login merge: customizations null', async () => {
    const reply = await shop().send({
      method: 'POST',
      path: '/shopping/addToCart',
      data: [{ product: s.otherProduct?.['_id'], counts: 1, customizations: null }],
    });
    s.cart = envelopeData(reply, 'S12') as Doc;
    expectCart(s.cart);
    expect(s.cart['items'].length).toBe(2);
  });

  step('S14', 'update the cart: every line, echoed customizations', async () => {
    const items = (s.cart?.['items'] ?? []) as Doc[];
    const reply = await shop().send({
      method: 'PUT',
      path: '/shopping/updateCart',
      data: {
        cartItems: items.map((item, i) => ({
          product: item['product']['_id'],
          _id: item['_id'],
          counts: i === 0 ? 3 : item['counts'],
          customizations: item['customizations'],
        })),
      },
    });
    s.cart = envelopeData(reply, 'S14') as Doc;
    expectCart(s.cart);
    expect(s.cart['items'][0]['counts']).toBe(3);
  });

  step('S15', 'delete from the cart: DELETE with a JSON body', async () => {
    const last = (s.cart?.['items'] as Doc[]).at(-1);
    const reply = await shop().send({
      method: 'DELETE',
      path: '/shopping/deleteFromCart',
      data: { cartItemIds: [last?.['_id']] },
    });
    s.cart = envelopeData(reply, 'S15') as Doc;
    expectCart(s.cart);
    expect(s.cart['items'].length).toBe(1);
  });

  const expectAddresses = (list: Doc[]) => {
    for (const a of list) {
      for (const key of [
        '_id',
        'firstName',
        'addressLine1',
        'city',
        'state',
        'zipCode',
        'country',
      ]) {
        expect(a[key], key).toBeTypeOf('string');
      }
    }
  };

  step(
    'S17',
    'add an address: the form object with _id "", address1/2 "", empty lastName',
    async () => {
      const reply = await shop().send({
        method: 'POST',
        path: '/user/address',
        data: {
          _id: '',
          firstName: 'Jane',
          lastName: '',
          address1: '',
          address2: '',
          city: 'Kathmandu',
          mobilePhone: '9841000000',
          state: 'Bagmati',
          zipCode: '44600',
          country: 'Nepal',
          addressLine1: 'Street 1',
        },
      });
      s.addresses = envelopeData(reply, 'S17') as Doc[];
      expectAddresses(s.addresses);
      expect(s.addresses.length).toBe(1);
      s.addressId = String(s.addresses[0]?.['_id']);
    },
  );

  step('S17', 'add a second address after an edit reused the form: empty phone', async () => {
    const reply = await shop().send({
      method: 'POST',
      path: '/user/address',
      data: {
        _id: '',
        firstName: 'Jane',
        lastName: 'Doe',
        address1: '',
        address2: '',
        city: 'Dhaka',
        mobilePhone: '',
        state: 'Dhaka',
        zipCode: '1207',
        country: 'Bangladesh',
        addressLine1: 'Road 2',
        addressLine2: 'House 5',
      },
    });
    s.addresses = envelopeData(reply, 'S17') as Doc[];
    expect(s.addresses.length).toBe(2);
  });

  step('S18', 'edit an address: a deep copy of what S16 returned, nulls as ""', async () => {
    const list = envelopeData(
      await shop().send({ method: 'GET', path: '/user/address', data: null }),
      'S16',
    ) as Doc[];
    const copy = Object.fromEntries(
      Object.entries(list.find((a) => a['_id'] === s.addressId) ?? {}).map(([k, v]) => [
        k,
        v ?? '',
      ]),
    );
    const reply = await shop().send({
      method: 'PUT',
      path: '/user/address',
      data: { ...copy, addressLine2: 'Flat 2' },
    });
    s.addresses = envelopeData(reply, 'S18') as Doc[];
    expect(s.addresses.find((a) => a['_id'] === s.addressId)?.['addressLine2']).toBe('Flat 2');
  });

  step('S19', 'delete an address: DELETE with a JSON body', async () => {
    const other = s.addresses.find((a) => a['_id'] !== s.addressId);
    const reply = await shop().send({
      method: 'DELETE',
      path: '/user/address',
      data: { addressId: other?.['_id'] },
    });
    s.addresses = envelopeData(reply, 'S19') as Doc[];
    expect(s.addresses.length).toBe(1);
  });

  for (const shippingMethod of SHIPPING_IDS) {
    step('S22', `checkout prices with the client's shipping id "${shippingMethod}"`, async () => {
      const reply = await shop().send({
        method: 'POST',
        path: '/orders/createCheckout',
        data: { shippingMethod, addressId: s.addressId },
      });
      s.checkout = envelopeData(reply, 'S22') as Doc;
      expect(s.checkout['_id']).toBeTypeOf('string');
      expectCart(s.checkout['cart']);
      expectMoney(s.checkout['cart']['totalPrice'], 'totalPrice');
    });
  }

  step('S23', 'bKash-labelled payment token: retired, 410 with errorDetails', async () => {
    const reply = await shop().send({
      method: 'POST',
      path: '/orders/createPaymentToken',
      data: { checkoutId: s.checkout?.['_id'], paymentSource: 'NONE' },
    });
    expect(reply.status).toBe(410);
    expect((reply.body as Doc)['errorDetails']).toBeTruthy();
  });

  step('S24', 'bKash-labelled completion: retired, 410 with errorDetails', async () => {
    const reply = await shop().send({
      method: 'POST',
      path: '/orders/completeCheckout',
      data: { paymentSource: 'NONE', paymentId: 'compat-payment' },
    });
    expect(reply.status).toBe(410);
    expect((reply.body as Doc)['errorDetails']).toBeTruthy();
  });

  const payByCard = async () => {
    const intent = await shop().send({
      method: 'POST',
      path: '/orders/stripePaymentInstant',
      data: { checkoutId: s.checkout?.['_id'] },
    });
    const secret = String((envelopeData(intent, 'S25') as Doc)['client_secret']);
    const paymentToken = world.stripe().succeedBySecret(secret);
    const done = await shop().send({
      method: 'POST',
      path: '/orders/completeCheckoutUsingStripePaymentInstant',
      data: { checkoutId: s.checkout?.['_id'], paymentToken },
    });
    envelopeData(done, 'S26');
    s.orderIds.push(String(s.checkout?.['_id']));
  };

  step('S25', 'card payment intent: responseData.client_secret', async () => {
    const reply = await shop().send({
      method: 'POST',
      path: '/orders/stripePaymentInstant',
      data: { checkoutId: s.checkout?.['_id'] },
    });
    expect((envelopeData(reply, 'S25') as Doc)['client_secret']).toBeTypeOf('string');
  });

  step('S26', 'complete the checkout with the succeeded intent', async () => {
    await payByCard();
  });

  step('S26', 'a second order, paid the same way (the manager cancels it)', async () => {
    // From the product page, as the client adds: with the choices its pickers start on (a ring
    // size is required since issue 17; an empty map is what no Veniqa page sends).
    const details = await shop().send({
      method: 'GET',
      path: `/catalog/getProductDetails?productId=${String(s.otherProduct?.['_id'])}`,
    });
    const other = envelopeData(details, 'S11') as Doc;
    await shop().send({
      method: 'POST',
      path: '/shopping/addToCart',
      data: [{ product: other['_id'], counts: 1, customizations: customizationsOf(other) }],
    });
    const reply = await shop().send({
      method: 'POST',
      path: '/orders/createCheckout',
      data: { shippingMethod: '20 day shipping', addressId: s.addressId },
    });
    s.checkout = envelopeData(reply, 'S22') as Doc;
    await payByCard();
    world.orders.push(...s.orderIds);
  });

  step('S20', 'my orders: pagination UI state from dto/Pagination.json', async () => {
    const reply = await shop().send({
      method: 'POST',
      path: '/user/orderList',
      data: { pagingOptions: FIRST_PAGE },
    });
    const page = envelopeData(reply, 'S20') as Doc;
    for (const key of ['page', 'total', 'pages', 'limit']) expect(page[key]).toBeTypeOf('number');
    expect(page['docs'].length).toBe(2);
    (page['docs'] as Doc[]).forEach(expectOrderListFields);
    const again = await shop().send({
      method: 'POST',
      path: '/user/orderList',
      data: {
        pagingOptions: {
          page: page['page'],
          total: page['total'],
          pages: page['pages'],
          limit: page['limit'],
        },
      },
    });
    envelopeData(again, 'S20');
  });

  step('S21', 'order detail', async () => {
    const reply = await shop().send({
      method: 'GET',
      path: `/user/orderDetails?orderId=${s.orderIds[0]}`,
    });
    const order = envelopeData(reply, 'S21') as Doc;
    expectOrderListFields(order);
    expect(order['cart']['totalWeight']['unit']).toBeTypeOf('string');
    for (const key of ['subTotalPrice', 'shippingPrice', 'tariffPrice', 'totalPrice']) {
      expect(order['cart'][key]['amount'], key).toBeTypeOf('number');
    }
    for (const key of ['firstName', 'addressLine1', 'city', 'state', 'country', 'zipCode']) {
      expect(order['mailing_address'][key], key).toBeTypeOf('string');
    }
    const payment = order['payment_info'][0] as Doc;
    expect(payment['source']).toBeTypeOf('string');
    expectMoney(payment['amount_in_payment_currency'], 'amount_in_payment_currency');
  });

  step('S4', 'logout answers a truthy body', async () => {
    const reply = await shop().send({ method: 'GET', path: '/security/logout' });
    expect2xx(reply, 'S4');
    expect(reply.text.length).toBeGreaterThan(0);
  });
}
