import type { ShopModels } from '@aneis/data';
import { NotFound } from '@aneis/errors';
import { DEFAULT_MAIL_LANGUAGE, type MailLanguage } from '@aneis/mail';
import type { ShopMail } from '../emails/shop-mail.js';
import { hashToken, newToken } from './tokens.js';

/** Marks the e-mail confirmed: the holder of the link proved they read that mailbox. */
export async function confirmEmailAddress(models: ShopModels, token: string): Promise<true> {
  const confirmed = await models.Customer.findOneAndUpdate(
    { emailConfirmationToken: hashToken(token), deleted: { $ne: true } },
    { $unset: { emailConfirmationToken: 1 } },
  ).lean();
  if (!confirmed) throw new NotFound();
  return true;
}

/**
 * Sends a fresh link (the old one stops working). Answers the same whether or not the address
 * exists or is already confirmed, so the route cannot be used to find out who has an account.
 */
export async function resendConfirmationLink(
  models: ShopModels,
  mail: ShopMail,
  email: string,
  language: MailLanguage = DEFAULT_MAIL_LANGUAGE,
): Promise<true> {
  const token = newToken();
  const customer = await models.Customer.findOneAndUpdate(
    { email, emailConfirmationToken: { $exists: true }, deleted: { $ne: true } },
    { $set: { emailConfirmationToken: hashToken(token) } },
    { returnDocument: 'after' },
  ).lean();
  if (customer) mail.confirmAccount(customer.email, customer.name, token, language);
  return true;
}
