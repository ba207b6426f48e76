import { codesPt } from './code-messages.js';
import { adminsPt } from './admins-messages.js';
import { authPt } from './auth-messages.js';
import { cataloguePt } from './catalogue-messages.js';
import { customersPt } from './customers-messages.js';
import { dashboardPt } from './dashboard-messages.js';
import { couponsPt } from './coupons-messages.js';
import { featuredPt } from './featured-messages.js';
import { layoutPt } from './layout-messages.js';
import { referencePt } from './reference-messages.js';
import { ordersPt } from './orders-messages.js';
import { returnsPt } from './returns-messages.js';

/** Portuguese (default): defines the keys every locale must translate. */
export const messagesPt = {
  ...layoutPt,
  ...codesPt,
  ...authPt,
  ...dashboardPt,
  ...ordersPt,
  ...cataloguePt,
  ...referencePt,
  ...adminsPt,
  ...featuredPt,
  ...customersPt,
  ...returnsPt,
  ...couponsPt,
};
export type MessageKey = keyof typeof messagesPt;
