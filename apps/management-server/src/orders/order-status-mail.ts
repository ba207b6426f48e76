import { orderStatusChangedMail } from '@aneis/mail';
import type { Services } from '../services.js';
import type { LeanOrder } from './order-view.js';

export type OrderEvent = 'confirmed' | 'cancelled' | 'shipped' | 'delivered';

/** Tells the shopper their order moved (Veniqa sent nothing after "order received"). */
export async function sendOrderStatusMail(
  deps: Pick<Services, 'mail' | 'publicStorefrontUrl'>,
  order: LeanOrder,
  event: OrderEvent,
  lineId?: string,
): Promise<void> {
  await deps.mail.send(
    orderStatusChangedMail({
      order,
      event,
      storefrontUrl: deps.publicStorefrontUrl,
      ...(lineId === undefined ? {} : { lineId }),
    }),
  );
}
