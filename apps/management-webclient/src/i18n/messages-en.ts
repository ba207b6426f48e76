import { codesEn } from './code-messages.js';
import { adminsEn } from './admins-messages.js';
import { authEn } from './auth-messages.js';
import { catalogueEn } from './catalogue-messages.js';
import { customersEn } from './customers-messages.js';
import { dashboardEn } from './dashboard-messages.js';
import { couponsEn } from './coupons-messages.js';
import { featuredEn } from './featured-messages.js';
import { layoutEn } from './layout-messages.js';
import type { MessageKey } from './messages-pt.js';
import { referenceEn } from './reference-messages.js';
import { ordersEn } from './orders-messages.js';
import { returnsEn } from './returns-messages.js';

export const messagesEn: Record<MessageKey, string> = {
  ...layoutEn,
  ...codesEn,
  ...authEn,
  ...dashboardEn,
  ...ordersEn,
  ...catalogueEn,
  ...referenceEn,
  ...adminsEn,
  ...featuredEn,
  ...customersEn,
  ...returnsEn,
  ...couponsEn,
};
