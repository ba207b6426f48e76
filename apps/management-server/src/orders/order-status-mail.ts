import type { Services } from '../services.js';
import type { LeanOrder } from './order-view.js';

export type OrderEvent = 'confirmed' | 'cancelled' | 'shipped' | 'delivered';

/** Tells the shopper their order moved (Veniqa sent nothing after "order received"). */
export async function sendOrderStatusMail(
  deps: Pick<Services, 'mail'>,
  order: LeanOrder,
  event: OrderEvent,
  lineId?: string,
): Promise<void> {
  const line =
    lineId === undefined ? undefined : order.cart.items.find((l) => String(l._id) === lineId);
  await deps.mail.send('order_status_changed', order.user_email, {
    order_id: String(order._id),
    event,
    overall_status: order.overall_status,
    ...(line
      ? {
          item: {
            name: line.product.name,
            status: line.order_line_level_processing_details?.status,
            ...(line.order_line_level_processing_details?.shipment
              ? {
                  provider: line.order_line_level_processing_details.shipment.provider,
                  tracking_number:
                    line.order_line_level_processing_details.shipment.tracking_number,
                }
              : {}),
          },
        }
      : {}),
  });
}
