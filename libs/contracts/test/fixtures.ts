/**
 * Example payloads from the Veniqa reference (§10) with the shortened ids replaced by real
 * 24-hex ids, shared by the specs.
 */
export const ids = {
  product: '5c46f5b0e7d0a3a1b4c2d001',
  product2: '5c8c0a1be7d0a3a1b4c2d002',
  category: '5c45e2f1e7d0a3a1b4c2073e',
  tariff: '5c45e2f1e7d0a3a1b4c20aaa',
  cartLine: '5c3ab7c2e7d0a3a1b4c2d003',
  address: '5c2e9a44e7d0a3a1b4c2d004',
  checkout: '5c57d1e3e7d0a3a1b4c2d005',
  comment: '5c2e1111e7d0a3a1b4c2d006',
  section: '5c2e2222e7d0a3a1b4c2d007',
} as const;

export const hostileOperator = { $gt: '' };
export const now = '2024-05-01T10:00:00.000Z';

export const auditLog = {
  createdBy: { email: 'ann@example.com', name: 'CUSTOMER' },
  updatedBy: { email: 'ann@example.com', name: 'CUSTOMER' },
  createdOn: now,
  updatedOn: now,
};

export const usd = (amount: number) => ({ amount, currency: 'USD' });

export const addressExample = {
  firstName: 'Ann',
  lastName: 'Lee',
  addressLine1: '1 Main Rd',
  addressLine2: 'Apt 2',
  city: 'Kathmandu',
  state: 'Bagmati',
  zipCode: '44600',
  country: 'Nepal',
  mobilePhone: '9801234567',
};

export const customizationOptionsExample = {
  customizations: [
    {
      type: 'Colors',
      name: 'Color',
      key: 'color',
      values: [
        { name: 'Black', hexValue: '#000000' },
        { name: 'Brown', hexValue: '#435ADF' },
      ],
    },
    { type: 'Array', name: 'Size', key: 'Size', values: ['9', '10', '11.5', '12', '12.5'] },
  ],
};

const image = (kind: string) => `https://s3.amazonaws.com/bucket/folder/${kind}/file`;

/** A product as the admin client sends it to addProduct. */
export const productPayloadExample = {
  store: 'AMAZON',
  brand: 'BEVERLY HILLS KAY',
  name: 'Amrezy Highlighter',
  item_url: 'https://www.amazon.com/some_product',
  store_sku: 'B07XYZ',
  category: ids.category,
  tariff: ids.tariff,
  thumbnailUrls: [image('thumbnails')],
  featuredImageUrls: [],
  detailedImageUrls: [image('detailed-images')],
  marked_price: usd(60),
  price: usd(27.99),
  weight: { quantity: 3.2, unit: 'LB' },
  customizationOptions: customizationOptionsExample,
  details_html: '<p>Glow.</p>',
  active: true,
  stock: 5,
  lowStockThreshold: 2,
};

/** The same product as a server stores and returns it (category and tariff as ids). */
export const productRecordExample = {
  ...productPayloadExample,
  _id: ids.product,
  auditLog,
};

export const checkoutTotals = {
  totalWeight: { quantity: 6.4, unit: 'LB' },
  subTotalPrice: usd(55.98),
  tariffPrice: usd(11.2),
  serviceCharge: usd(2.8),
  shippingPrice: usd(15),
  totalPrice: usd(84.98),
};

export const pendingPaymentExample = {
  source: 'NONE',
  type: 'PENDING',
  payment_id: '0',
  transaction_id: '0',
  amount_in_usd: usd(84.98),
  exchange_rate: { currency: 'NPR', one_usd_equals: 114.22 },
  amount_in_payment_currency: { amount: 9706.42, currency: 'NPR' },
  payment_service_response_dump: { nothing: 'here' },
};

export const checkoutExample = {
  _id: ids.checkout,
  overall_status: 'RECEIVED',
  cart: {
    items: [
      {
        _id: ids.cartLine,
        product: productRecordExample,
        counts: 2,
        aggregatedWeight: { quantity: 6.4, unit: 'LB' },
        aggregatedPrice: usd(55.98),
        customizations: { Size: '10' },
      },
    ],
    ...checkoutTotals,
  },
  user_email: 'ann@example.com',
  mailing_address: { ...addressExample, _id: ids.address },
  payment_info: [pendingPaymentExample],
  // Not Veniqa's: a checkout is never paid yet.
  payment_status: 'AWAITING_PAYMENT',
  comments: [],
  auditLog,
  __v: 0,
};
