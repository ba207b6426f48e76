import type { PasswordAdmission, PasswordHasher } from '@aneis/auth';
import type { SignupBody, SignupResponse } from '@aneis/contracts';
import { createUnderEmailClaim, type ShopModels } from '@aneis/data';
import { errorCodes, fieldIssueCodes } from '@aneis/contracts';
import { Conflict } from '@aneis/errors';
import { DEFAULT_MAIL_LANGUAGE, type MailLanguage } from '@aneis/mail';
import type { ShopMail } from '../emails/shop-mail.js';
import { hashToken, newReferralToken, newToken } from './tokens.js';

export interface SignupDeps {
  models: ShopModels;
  mail: ShopMail;
  passwords: PasswordHasher;
}

export const DUPLICATE_EMAIL_MESSAGE = 'An account with this e-mail address already exists';

/**
 * Creates an unconfirmed account and mails the confirmation link. One account per e-mail, also
 * when sign-ups race on several replicas: the account is only written by whoever holds the
 * address's claim (see `createUnderEmailClaim`); the others get 409. Veniqa answered a duplicate
 * with 400; 409 says what happened, and the storefront explains it in the reader's language.
 * The confirmation goes out in the language the shopper signed up in, which the account keeps
 * for later mails.
 */
export async function signup(
  deps: SignupDeps,
  body: SignupBody,
  language: MailLanguage = DEFAULT_MAIL_LANGUAGE,
): Promise<SignupResponse> {
  // A place in the hashing pool first: when it is full, the sign-up is refused (503) before the
  // address is claimed or the database asked, so it costs nothing and leaves nothing to give back.
  const admission = deps.passwords.admit();
  try {
    return await signupWithPlace(deps, body, language, admission);
  } finally {
    admission.release();
  }
}

async function signupWithPlace(
  deps: SignupDeps,
  body: SignupBody,
  language: MailLanguage,
  admission: PasswordAdmission,
): Promise<SignupResponse> {
  const { Customer, EmailClaim } = deps.models;
  // Cheap early answer for the common case, before any hashing is spent on it.
  if (await Customer.exists({ email: body.email })) throw emailTaken();
  const token = newToken();
  const outcome = await createUnderEmailClaim(
    EmailClaim,
    {
      kind: 'customer',
      email: body.email,
      findAccount: async () => (await Customer.exists({ email: body.email }))?._id ?? null,
    },
    async () => {
      const password = await deps.passwords.hash(body.password, admission);
      let referral = newReferralToken();
      while (await Customer.exists({ referral_token: referral })) referral = newReferralToken();
      return Customer.create({
        email: body.email,
        password,
        name: body.name,
        referral_token: referral,
        emailConfirmationToken: hashToken(token),
        addresses: [],
        language,
      });
    },
  );
  if (!outcome.created) throw emailTaken();
  const { account } = outcome;
  deps.mail.confirmAccount(account.email, account.name, token, language);
  return { email: account.email, name: account.name };
}

function emailTaken(): Conflict {
  return new Conflict(DUPLICATE_EMAIL_MESSAGE, {
    code: errorCodes.emailTaken,
    fields: [{ path: 'email', code: fieldIssueCodes.taken }],
  });
}
