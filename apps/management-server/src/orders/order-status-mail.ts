import { trackingUrlFor } from '@aneis/contracts';
import {
  isMailLanguage,
  orderStatusChangedMail,
  type MailRefund,
  type MailRequest,
  type OrderStatusChange,
} from '@aneis/mail';
import type { Services } from '../services.js';
import type { LeanOrder } from './order-view.js';

export type OrderEvent = 'confirmed' | 'cancelled' | 'shipped' | 'delivered';

/** Tells the shopper their order moved (Veniqa sent nothing after "order received"). */
export async function sendOrderStatusMail(
  deps: Pick<Services, 'mail' | 'publicStorefrontUrl' | 'storefrontLinkStyle' | 'shop'>,
  order: LeanOrder,
  event: OrderEvent,
  lineId?: string,
  refund?: MailRefund,
  once?: MailRequest['once'],
): Promise<boolean> {
  const carrier = lineId === undefined ? undefined : await carrierOfLine(deps, order, lineId);
  const language = await shopperLanguage(deps, order);
  return deps.mail.send({
    ...orderStatusChangedMail({
      order,
      event,
      ...(language ? { language } : {}),
      storefrontUrl: deps.publicStorefrontUrl,
      storefrontLinkStyle: deps.storefrontLinkStyle,
      ...(lineId === undefined ? {} : { lineId }),
      ...(carrier ? { carrier } : {}),
      ...(refund ? { refund } : {}),
    }),
    ...(once ? { once } : {}),
  });
}

/** Nothing when the order kept its language (the mail reads it), else the account's. */
export async function shopperLanguage(
  deps: Pick<Services, 'shop'>,
  order: LeanOrder,
): Promise<OrderStatusChange['language']> {
  return isMailLanguage(order.language) ? undefined : accountLanguage(deps, order);
}

/**
 * For an order placed before orders kept their language: the language the shopper signed up in,
 * if the account kept one.
 */
async function accountLanguage(
  deps: Pick<Services, 'shop'>,
  order: LeanOrder,
): Promise<OrderStatusChange['language']> {
  const customer = await deps.shop.Customer.findOne({ email: order.user_email })
    .select('language')
    .lean();
  return isMailLanguage(customer?.language) ? customer.language : undefined;
}

/** The shipped line's carrier by name, with its tracking link when it has a template. */
async function carrierOfLine(
  deps: Pick<Services, 'shop'>,
  order: LeanOrder,
  lineId: string,
): Promise<OrderStatusChange['carrier']> {
  const line = order.cart.items.find((item) => String(item._id) === lineId);
  const shipment = line?.order_line_level_processing_details?.shipment;
  if (!shipment) return undefined;
  const carrier = await deps.shop.Carrier.findOne({ code: shipment.provider }).lean();
  if (!carrier) return undefined;
  const trackingUrl = trackingUrlFor(carrier.trackingUrlTemplate, shipment.tracking_number);
  return { name: carrier.name, ...(trackingUrl ? { trackingUrl } : {}) };
}
