import { orderRefundedMail, type MailRequest, type OrderRefundNotice } from '@aneis/mail';
import type { Services } from '../services.js';
import { shopperLanguage } from './order-status-mail.js';
import type { LeanOrder } from './order-view.js';

/** Tells the shopper a return was accepted and/or money went back ("order_refunded"). */
export async function sendRefundMail(
  deps: Pick<Services, 'mail' | 'publicStorefrontUrl' | 'storefrontLinkStyle' | 'shop'>,
  order: LeanOrder,
  what: Pick<OrderRefundNotice, 'returned' | 'refund'>,
  once?: MailRequest['once'],
): Promise<boolean> {
  const language = await shopperLanguage(deps, order);
  return deps.mail.send({
    ...orderRefundedMail({
      order,
      ...what,
      ...(language ? { language } : {}),
      storefrontUrl: deps.publicStorefrontUrl,
      storefrontLinkStyle: deps.storefrontLinkStyle,
    }),
    ...(once ? { once } : {}),
  });
}
