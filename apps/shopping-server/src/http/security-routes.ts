import {
  createCredentialChecker,
  endSession,
  establishSession,
  type LoginThrottle,
  type SessionRegistry,
} from '@aneis/auth';
import type { CustomerDoc } from '@aneis/data';
import type { RequestHandler } from 'express';
import { accountBlocked } from '../accounts/blocked-account.js';
import type { PageSessionCookie } from '../accounts/page-session-cookie.js';
import { customerSummary } from '../accounts/customer-summary.js';
import { confirmEmailAddress, resendConfirmationLink } from '../accounts/email-confirmation.js';
import {
  forgotPassword,
  isResetTokenValid,
  resetPassword,
  type PasswordResetDeps,
} from '../accounts/password-reset.js';
import { signup } from '../accounts/signup.js';
import { adoptCartAtSignup, mergeCartAtLogin } from '../cart/session-cart-merge.js';
import type { ShoppingDeps } from '../deps.js';
import type { ShopMail } from '../emails/shop-mail.js';
import type { ShopCall, ShoppingArea } from './route-table.js';
import { sendText } from './send-text.js';
import { languageOf } from './request-language.js';

export interface SecurityRoutesDeps {
  deps: ShoppingDeps;
  mail: ShopMail;
  sessions: SessionRegistry;
  /** Lets the storefront's pages greet the shopper who logged in here. */
  pageCookie: PageSessionCookie;
  /** The stricter limiter for credential and e-mail-sending routes. */
  authLimiter: RequestHandler;
  /** Refuses calls from other sites' pages (for the GET logout Veniqa's clients send). */
  sameSiteOnly: RequestHandler;
  /** Per-account limit on sign-in attempts, whatever address they come from. */
  loginThrottle: LoginThrottle;
  passwordDeps: PasswordResetDeps;
}

export function securityRoutes({
  deps,
  mail,
  sessions,
  pageCookie,
  authLimiter,
  sameSiteOnly,
  loginThrottle,
  passwordDeps,
}: SecurityRoutesDeps): ShoppingArea<'/security'> {
  const { models, config } = deps;
  const { passwords } = passwordDeps;
  const checker = createCredentialChecker<CustomerDoc>({ hasher: passwords });
  const cartDeps = { models, currency: config.baseCurrency, logger: deps.logger };

  const logOut = async (_input: unknown, { req, res }: ShopCall) => {
    try {
      await endSession(req, res, config.session.cookieName, { registry: sessions });
      pageCookie.clear(req, res);
    } catch (error) {
      deps.logger.error('logout failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      sendText(res, 500, 'server error - could not clear out session info completely');
      return;
    }
    return 'logged out successfully';
  };

  return {
    'POST /security/signup': {
      before: [authLimiter],
      handle: async ({ body }, { req }) => {
        const account = await signup({ models, mail, passwords }, body, languageOf(req));
        await adoptCartAtSignup(cartDeps, req.session, account.email);
        return account;
      },
    },

    // Raw bodies and plain-text failures, as Veniqa's passport login answered.
    'POST /security/login': {
      before: [authLimiter],
      onInvalidInput: ({ res }) => sendText(res, 400, 'Bad Request'),
      handle: async ({ body }, { req, res }) => {
        // A place in the hashing pool first: when it is full, the attempt is refused (503)
        // before any database or Redis work, and before it counts against the account's limit.
        const admission = passwords.admit();
        let customer: CustomerDoc | null;
        let blocked = false;
        try {
          // Known or unknown e-mail alike: counted, and refused with 429 once over the limit.
          await loginThrottle.attempt(body.email);
          const found = await models.Customer.findOne({
            email: body.email,
            deleted: { $ne: true },
          }).lean();
          customer = await checker.check(found, body.password, admission);
          // Decided after the password check, whatever its outcome: a blocked account answers
          // the same, as slowly, with a right or a wrong password, so the answer says only
          // that the account is blocked, never whether the password was right.
          blocked = found?.blocked === true;
        } finally {
          admission.release();
        }
        if (blocked) throw accountBlocked();
        if (!customer) {
          sendText(res, 401, 'Unauthorized');
          return;
        }
        await loginThrottle.succeeded(body.email);
        const withCart = await mergeCartAtLogin(cartDeps, req.session, customer);
        await establishSession(req, { userId: String(customer._id) }, { registry: sessions });
        pageCookie.set(req, res, String(customer._id), req.sessionID);
        return customerSummary(withCart);
      },
    },

    'GET /security/isLoggedIn': async (_input, { req }) => {
      const userId = req.session?.userId;
      return (
        userId !== undefined &&
        (await models.Customer.exists({
          _id: userId,
          deleted: { $ne: true },
          blocked: { $ne: true },
        })) !== null
      );
    },

    // Veniqa's clients log out with a GET: kept, but refused from other sites' pages (an image
    // tag elsewhere must not log a shopper out). Our own webclient sends the POST.
    'GET /security/logout': { before: [sameSiteOnly], handle: logOut },
    'POST /security/logout': logOut,

    'GET /security/resendEmailAddressConfirmationLink': {
      before: [authLimiter],
      handle: ({ query: { email } }, { req }) =>
        resendConfirmationLink(models, mail, email, languageOf(req)),
    },

    'GET /security/confirmEmailAddress/:token': ({ params: { token } }) =>
      confirmEmailAddress(models, token),

    'GET /security/forgotPassword': {
      before: [authLimiter],
      handle: ({ query: { email } }, { req }) =>
        forgotPassword(passwordDeps, email, languageOf(req)),
    },

    'GET /security/validatePasswordResetToken/:token': {
      // A malformed token is simply not a valid one: Veniqa answered false, not an error.
      onInvalidInput: () => false,
      handle: ({ params: { token } }) => isResetTokenValid(passwordDeps, token),
    },

    'POST /security/resetPassword': {
      before: [authLimiter],
      handle: ({ body }, { req }) =>
        resetPassword(passwordDeps, body.token, body.newPassword, languageOf(req)),
    },
  };
}
