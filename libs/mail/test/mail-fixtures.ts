import type { MailRequest } from '../src/mail-message.js';
import type { OrderForMail } from '../src/templates/order-for-mail.js';
import {
  orderReceivedMail,
  orderRefundedMail,
  orderStatusChangedMail,
} from '../src/templates/order-mails.js';

const objectId = (hex: string) => ({ toString: () => hex });
const eur = (cents: number) => ({ cents, currency: 'EUR' });

/** An order as both servers store it: two lines, one shipped, paid by card. */
export function order(): OrderForMail {
  return {
    _id: objectId('65f0c0ffee0000000000a001'),
    overall_status: 'IN-PROGRESS',
    user_email: 'ana@example.com',
    mailing_address: {
      _id: objectId('65f0c0ffee0000000000b001'),
      firstName: 'Ana',
      lastName: 'Lima',
      addressLine1: 'Rua Augusta 1',
      city: 'Lisboa',
      state: 'Lisboa',
      country: 'PT',
      mobilePhone: '912345678',
    },
    cart: {
      items: [
        {
          _id: objectId('65f0c0ffee0000000000c001'),
          product: { name: 'Anel de prata', brand: 'Aneis', store: 'ANEIS', price: eur(2999) },
          counts: 2,
          aggregatedPrice: eur(5998),
          customizations: { size: '14' },
          order_line_level_processing_details: {
            status: 'SHIPPED',
            shipment: { provider: 'DHL', tracking_number: 'JD0001' },
          },
        },
        {
          _id: objectId('65f0c0ffee0000000000c002'),
          product: { name: 'Brinco', brand: 'Aneis', store: 'ANEIS', price: eur(1000) },
          counts: 1,
          aggregatedPrice: eur(1000),
        },
      ],
      totalWeight: { quantity: 0.1, unit: 'KG' },
      subTotalPrice: eur(6998),
      serviceCharge: eur(350),
      shippingPrice: eur(1500),
      tariffPrice: eur(0),
      totalPrice: eur(8848),
    },
    payment_info: [
      { source: 'STRIPE', type: 'AUTHORIZATION', amount_in_payment_currency: eur(8848) },
    ],
  };
}

const storefront = 'https://aneis.example/shopping';
const admin = 'https://aneis.example/management';

/** One realistic request per template, as the servers build them. */
export function sampleMails(): Record<string, MailRequest> {
  const to = 'ana@example.com';
  return {
    confirm_account_customer: {
      template: 'confirm_account_customer',
      to,
      data: {
        name: 'Ana',
        confirm_account_customer_url: `${storefront}/email-confirmation/c0ffee`,
      },
    },
    reset_password_customer: {
      template: 'reset_password_customer',
      to,
      data: { name: 'Ana', reset_password_customer_url: `${storefront}/password-reset/t0k3n` },
    },
    confirmation_password_reset_customer: {
      template: 'confirmation_password_reset_customer',
      to,
      data: { name: 'Ana' },
    },
    order_received: orderReceivedMail(order(), storefront),
    order_status_changed: orderStatusChangedMail({
      order: order(),
      event: 'shipped',
      lineId: '65f0c0ffee0000000000c001',
      name: 'Ana',
      storefrontUrl: storefront,
      carrier: { name: 'CTT Expresso', trackingUrl: 'https://track.example/JD0001' },
    }),
    order_refunded: orderRefundedMail({
      order: order(),
      returned: { lineId: '65f0c0ffee0000000000c001', quantity: 1 },
      refund: { amount: eur(2999), method: 'STRIPE', reason: 'Tamanho errado' },
      storefrontUrl: storefront,
    }),
    confirm_account_admin: {
      template: 'confirm_account_admin',
      to: 'rui@example.com',
      data: { name: 'Rui', confirm_account_admin_url: `${admin}/password-reset/onb0ard` },
    },
    reset_password_admin: {
      template: 'reset_password_admin',
      to: 'rui@example.com',
      data: { name: 'Rui', reset_password_admin_url: `${admin}/password-reset/r3set` },
    },
    confirmation_password_reset_admin: {
      template: 'confirmation_password_reset_admin',
      to: 'rui@example.com',
      data: { name: 'Rui' },
    },
  };
}
