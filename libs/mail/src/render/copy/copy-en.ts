import type { MailCopy } from './mail-copy.js';

const shop = 'A Senhora dos Anéis';
const percent = (rate: number | undefined) => (rate === undefined ? '' : ` (${rate}%)`);

/** British English, for recipients who use the shop in English. */
export const mailCopyEn: MailCopy = {
  intlLocale: 'en-GB',
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  signOff: `See you soon,\n${shop}`,
  linkFallback: 'If the button does not work, copy this address into your browser:',
  footer: [
    `${shop} · an online ring shop`,
    'You received this message because you have an account or an order with our shop.',
  ],
  confirmAccountCustomer: {
    subject: `Confirm your e-mail · ${shop}`,
    heading: 'Confirm your e-mail address',
    paragraphs: [
      `Thank you for creating an account at ${shop}.`,
      'To activate it, confirm that this e-mail address is yours:',
    ],
    button: 'Confirm e-mail',
    closing: [
      'If you did not create this account, ignore this message: without confirmation the account stays inactive.',
    ],
  },
  resetPasswordCustomer: {
    subject: `Reset your password · ${shop}`,
    heading: 'Reset your password',
    paragraphs: [
      'We received a request to reset the password of your account.',
      'Choose a new password here:',
    ],
    button: 'Choose a new password',
    closing: [
      'The link is valid for a short time and works only once.',
      'If you did not ask for this, ignore this message: your password stays the same.',
    ],
  },
  passwordResetDoneCustomer: {
    subject: `Your password was changed · ${shop}`,
    heading: 'Your password was changed',
    paragraphs: [`The password of your ${shop} account has just been changed.`],
    closing: [
      'If it was you, there is nothing else to do.',
      'If it was not, ask for a new password on the login page and contact us.',
    ],
  },
  confirmAccountAdmin: {
    subject: `Your ${shop} admin account`,
    heading: 'Welcome to the team',
    paragraphs: [
      `An account was created for you in the ${shop} admin area.`,
      'To sign in, choose your password:',
    ],
    button: 'Choose a password',
    closing: ['The link is valid for 30 days and works only once.'],
  },
  resetPasswordAdmin: {
    subject: `Reset your admin password · ${shop}`,
    heading: 'Reset your password',
    paragraphs: [
      'We received a request to reset your admin area password.',
      'Choose a new password here:',
    ],
    button: 'Choose a new password',
    closing: [
      'The link is valid for a short time and works only once.',
      'If you did not ask for this, ignore this message and tell the shop’s administrator.',
    ],
  },
  passwordResetDoneAdmin: {
    subject: `Your admin password was changed · ${shop}`,
    heading: 'Your password was changed',
    paragraphs: [
      'Your admin area password has just been changed and your open sessions were ended.',
    ],
    closing: [
      'If it was you, there is nothing else to do.',
      'If it was not, tell the shop’s administrator at once.',
    ],
  },
  orderReceived: {
    subject: (order) => `We have received your order ${order}`,
    heading: 'Thank you for your order',
    intro: (order) =>
      `We have received your order ${order} and will start preparing it. We will write again when there is news.`,
    closing: ['You can follow the order at any time in your account.'],
  },
  orderEvents: {
    confirmed: {
      subject: (order) => `Your order ${order} is confirmed`,
      heading: 'Order confirmed',
      intro: (order) => `We have confirmed your order ${order} and are preparing it.`,
    },
    cancelled: {
      subject: (order) => `Your order ${order} was cancelled`,
      heading: 'Order cancelled',
      intro: (order) =>
        `Your order ${order} was cancelled. If you already paid, we refund the amount by the same means of payment.`,
    },
    shipped: {
      subject: (order) => `Your order ${order} is on its way`,
      heading: 'On its way',
      intro: (order, item) =>
        item
          ? `We have shipped “${item}” from your order ${order}.`
          : `We have shipped your order ${order}.`,
    },
    delivered: {
      subject: (order) => `Your order ${order} was delivered`,
      heading: 'Delivered',
      intro: (order, item) =>
        item
          ? `“${item}” from your order ${order} was delivered. We hope you love it!`
          : `Your order ${order} was delivered. We hope you love it!`,
    },
  },
  orderUpdated: {
    subject: (order) => `Your order ${order} was updated`,
    heading: 'Order updated',
    intro: (order) => `There is news about your order ${order}.`,
    statusIntro: (status) => `The order is now: ${status}.`,
  },
  viewOrder: 'View your order',
  order: {
    summary: 'Order summary',
    item: 'Item',
    quantity: 'Qty',
    price: 'Price',
    subtotal: 'Subtotal',
    shipping: 'Shipping',
    serviceCharge: 'Service charge',
    tariff: 'Customs duties',
    discount: (code) => `Discount (${code})`,
    vat: (rate) => `VAT${percent(rate)}`,
    vatIncluded: (rate) => `VAT included${percent(rate)}`,
    vatOfWhich: (rate) => `of which VAT (${rate.toLocaleString('en-GB')}%)`,
    total: 'Total',
    deliverTo: 'Delivery address',
    payment: 'Payment',
    status: 'Order status',
    itemStatus: 'Item status',
    carrier: 'Carrier',
    trackingNumber: 'Tracking number',
    trackShipment: 'Track the shipment',
    paymentMethods: {
      STRIPE: 'Card',
      KHALTI: 'Khalti',
      CASH_ON_DELIVERY: 'Cash on delivery',
      BANK_TRANSFER: 'Bank transfer',
    },
    statuses: {
      RECEIVED: 'Received',
      CONFIRMED: 'Confirmed',
      'IN-PROGRESS': 'Being prepared',
      COMPLETED: 'Completed',
      CANCELLED: 'Cancelled',
    },
    lineStatuses: {
      PROCESSING: 'Processing',
      FULFILLING: 'Being prepared',
      SHIPPED: 'Shipped',
      DELIVERED: 'Delivered',
    },
  },
  refund: {
    amount: 'Amount refunded',
    method: 'Refunded by',
    reason: 'Reason',
    methods: {
      STRIPE: 'Card (to the card you paid with)',
      BANK_TRANSFER: 'Bank transfer',
    },
    made: (amount, method) =>
      `We have refunded ${amount} (${method.toLowerCase()}). Depending on your bank it may take a few working days to show.`,
  },
  orderReturned: {
    subject: (order) => `We have received your return from order ${order}`,
    heading: 'Return accepted',
    intro: (order, item, quantity) =>
      `We have received ${quantity === 1 ? 'the unit' : `${quantity} units`} of “${item}” you sent back from order ${order} and accepted the return.`,
    returnedItem: 'Returned item',
    quantity: 'Quantity',
  },
  orderRefunded: {
    subject: (order) => `Refund for your order ${order}`,
    heading: 'Refund made',
    intro: (order) => `We have made the refund for your order ${order}.`,
  },
  bankTransfer: {
    heading: 'Paying by bank transfer',
    intro: (amount) =>
      `To complete the order, transfer ${amount} to the account below, quoting the reference given.`,
    iban: 'IBAN',
    bic: 'BIC/SWIFT',
    beneficiary: 'Beneficiary',
    reference: 'Reference',
    deadline: 'Pay by',
  },
};
