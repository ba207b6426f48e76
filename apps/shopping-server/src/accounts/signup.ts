import type { PasswordHasher } from '@aneis/auth';
import type { SignupBody, SignupResponse } from '@aneis/contracts';
import type { ShopModels } from '@aneis/data';
import { BadInput } from '@aneis/errors';
import type { ShopMail } from '../emails/shop-mail.js';
import { hashToken, newReferralToken, newToken } from './tokens.js';

export interface SignupDeps {
  models: ShopModels;
  mail: ShopMail;
  passwords: PasswordHasher;
}

export const DUPLICATE_EMAIL_MESSAGE = 'An account with this e-mail address already exists';

/**
 * Creates an unconfirmed account and mails the confirmation link. Uniqueness is checked here
 * first (the embedded engine does not enforce unique indexes; real MongoDB does as a backstop).
 */
export async function signup(deps: SignupDeps, body: SignupBody): Promise<SignupResponse> {
  const { Customer } = deps.models;
  if (await Customer.exists({ email: body.email })) throw new BadInput(DUPLICATE_EMAIL_MESSAGE);
  const password = await deps.passwords.hash(body.password);
  const token = newToken();
  let referral = newReferralToken();
  while (await Customer.exists({ referral_token: referral })) referral = newReferralToken();
  const customer = await Customer.create({
    email: body.email,
    password,
    name: body.name,
    referral_token: referral,
    emailConfirmationToken: hashToken(token),
    addresses: [],
  });
  deps.mail.confirmAccount(customer.email, customer.name, token);
  return { email: customer.email, name: customer.name };
}
