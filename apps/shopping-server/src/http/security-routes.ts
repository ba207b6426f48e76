import {
  createCredentialChecker,
  endSession,
  establishSession,
  type LoginThrottle,
  type SessionRegistry,
} from '@aneis/auth';
import {
  emailQuerySchema,
  loginBodySchema,
  resetPasswordBodySchema,
  signupBodySchema,
  tokenParamsSchema,
} from '@aneis/contracts';
import type { CustomerDoc } from '@aneis/data';
import { refuseForeignOrigins, sendSuccess } from '@aneis/http';
import { Router, type RequestHandler } from 'express';
import { customerSummary } from '../accounts/customer-summary.js';
import { confirmEmailAddress, resendConfirmationLink } from '../accounts/email-confirmation.js';
import {
  forgotPassword,
  isResetTokenValid,
  resetPassword,
  type PasswordResetDeps,
} from '../accounts/password-reset.js';
import { signup } from '../accounts/signup.js';
import type { ShoppingDeps } from '../deps.js';
import type { ShopMail } from '../emails/shop-mail.js';
import { parseInput } from './parse-input.js';
import { sendText } from './send-text.js';
import { languageOf } from './request-language.js';

export interface SecurityRoutesDeps {
  deps: ShoppingDeps;
  mail: ShopMail;
  sessions: SessionRegistry;
  /** The stricter limiter for credential and e-mail-sending routes. */
  authLimiter: RequestHandler;
  /** Per-account limit on sign-in attempts, whatever address they come from. */
  loginThrottle: LoginThrottle;
  passwordDeps: PasswordResetDeps;
}

export function securityRoutes({
  deps,
  mail,
  sessions,
  authLimiter,
  loginThrottle,
  passwordDeps,
}: SecurityRoutesDeps): Router {
  const { models, config } = deps;
  const { passwords } = passwordDeps;
  const router = Router();
  const checker = createCredentialChecker<CustomerDoc>({ hasher: passwords });

  router.post('/signup', authLimiter, async (req, res) => {
    const body = parseInput(signupBodySchema, req.body);
    sendSuccess(res, await signup({ models, mail, passwords }, body, languageOf(req)));
  });

  // Raw bodies and plain-text failures, as Veniqa's passport login answered.
  router.post('/login', authLimiter, async (req, res) => {
    const parsed = loginBodySchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      sendText(res, 400, 'Bad Request');
      return;
    }
    // A place in the hashing pool first: when it is full, the attempt is refused (503) before
    // any database or Redis work, and before it counts against the account's limit.
    const admission = passwords.admit();
    let customer: CustomerDoc | null;
    try {
      // Known or unknown e-mail alike: counted, and refused with 429 once over the limit.
      await loginThrottle.attempt(parsed.data.email);
      const found = await models.Customer.findOne({
        email: parsed.data.email,
        deleted: { $ne: true },
      }).lean();
      customer = await checker.check(found, parsed.data.password, admission);
    } finally {
      admission.release();
    }
    if (!customer) {
      sendText(res, 401, 'Unauthorized');
      return;
    }
    await loginThrottle.succeeded(parsed.data.email);
    await establishSession(req, { userId: String(customer._id) }, { registry: sessions });
    res.status(200).json(customerSummary(customer));
  });

  router.get('/isLoggedIn', async (req, res) => {
    const userId = req.session?.userId;
    const loggedIn =
      userId !== undefined &&
      (await models.Customer.exists({ _id: userId, deleted: { $ne: true } })) !== null;
    res.status(200).json(loggedIn);
  });

  const logOut: RequestHandler = async (req, res) => {
    try {
      await endSession(req, res, config.session.cookieName, { registry: sessions });
    } catch (error) {
      deps.logger.error('logout failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      sendText(res, 500, 'server error - could not clear out session info completely');
      return;
    }
    sendText(res, 200, 'logged out successfully');
  };
  // Veniqa's clients log out with a GET: kept, but refused from other sites' pages (an image
  // tag elsewhere must not log a shopper out). Our own webclient sends the POST.
  router.get('/logout', refuseForeignOrigins(config.cors.origins), logOut);
  router.post('/logout', logOut);

  router.get('/resendEmailAddressConfirmationLink', authLimiter, async (req, res) => {
    const { email } = parseInput(emailQuerySchema, req.query);
    sendSuccess(res, await resendConfirmationLink(models, mail, email, languageOf(req)));
  });

  router.get('/confirmEmailAddress/:token', async (req, res) => {
    const { token } = parseInput(tokenParamsSchema, req.params);
    sendSuccess(res, await confirmEmailAddress(models, token));
  });

  router.get('/forgotPassword', authLimiter, async (req, res) => {
    const { email } = parseInput(emailQuerySchema, req.query);
    sendSuccess(res, await forgotPassword(passwordDeps, email, languageOf(req)));
  });

  router.get('/validatePasswordResetToken/:token', async (req, res) => {
    // A malformed token is simply not a valid one: Veniqa answered false, not an error.
    const parsed = tokenParamsSchema.safeParse(req.params);
    sendSuccess(
      res,
      parsed.success ? await isResetTokenValid(passwordDeps, parsed.data.token) : false,
    );
  });

  router.post('/resetPassword', authLimiter, async (req, res) => {
    const body = parseInput(resetPasswordBodySchema, req.body);
    sendSuccess(
      res,
      await resetPassword(passwordDeps, body.token, body.newPassword, languageOf(req)),
    );
  });

  return router;
}
