import type { Auditor } from '@aneis/contracts';
import type { AdminDocument } from '@aneis/data';
import type { MailLanguage } from '@aneis/mail';

/** What a handler may know about the request beyond its validated input. */
export interface HandlerContext {
  /** The logged-in, approved admin, re-read for this request; absent on anonymous calls. */
  admin: AdminDocument | undefined;
  /** Starts a fresh session for the admin (session id rotated, tracked for revocation). */
  logIn(adminId: string): Promise<void>;
  /** Ends the current session, if any, and clears the cookie. */
  logOut(): Promise<void>;
  /**
   * The language of mails this request causes (the admin UI sends its language as
   * Accept-Language); Portuguese when the request names none we write.
   */
  language: MailLanguage;
}

/** The admin a guarded handler runs for; the guard has already refused anonymous calls. */
export function actorOf(ctx: HandlerContext): { admin: AdminDocument; auditor: Auditor } {
  const { admin } = ctx;
  if (!admin) throw new Error('a guarded route ran without a logged-in admin');
  return { admin, auditor: { email: admin.email, name: admin.name } };
}
