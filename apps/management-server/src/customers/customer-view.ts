import type { AdminCustomerSummary } from '@aneis/contracts';
import type { CustomerDoc } from '@aneis/data';

/** The stored fields an admin's customer views read; secrets are never selected. */
export const CUSTOMER_VIEW_FIELDS = {
  email: 1,
  name: 1,
  blocked: 1,
  emailConfirmationToken: 1,
  createdAt: 1,
} as const;

type Viewed = Pick<CustomerDoc, '_id' | 'email' | 'name' | 'blocked' | 'createdAt'> & {
  emailConfirmationToken?: string;
};

/** An account as the admin sees it: whether a confirmation is pending, never the token itself. */
export function customerSummaryOf(customer: Viewed): AdminCustomerSummary {
  return {
    _id: String(customer._id),
    email: customer.email,
    name: customer.name,
    blocked: customer.blocked === true,
    emailConfirmed: customer.emailConfirmationToken === undefined,
    ...(customer.createdAt ? { createdAt: customer.createdAt.toISOString() } : {}),
  };
}
