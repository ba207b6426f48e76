import type { CustomerSummary } from '@aneis/contracts';
import type { CustomerDoc } from '@aneis/data';
import { toMoney } from '../money-view.js';

/** Login's raw body: Veniqa's user summary, the cart as stored (product ids, not products). */
export function customerSummary(customer: CustomerDoc): CustomerSummary {
  const summary: CustomerSummary = {
    email: customer.email,
    name: customer.name,
    referral_token: customer.referral_token,
    emailConfirmed: !customer.emailConfirmationToken,
  };
  if (customer.cart) {
    summary.cart = {
      items: customer.cart.items.map((line) => ({
        _id: String(line._id),
        product: String(line.product),
        counts: line.counts,
        aggregatedWeight: line.aggregatedWeight,
        aggregatedPrice: toMoney(line.aggregatedPrice),
        ...(line.customizations ? { customizations: line.customizations } : {}),
      })),
      totalWeight: customer.cart.totalWeight,
      subTotalPrice: toMoney(customer.cart.subTotalPrice),
    };
  }
  return summary;
}
