import { mailLanguageFromHeader, type MailLanguage } from '@aneis/mail';
import type { Request } from 'express';

/**
 * The language a request's mails are written in: the storefront sends its UI language as
 * Accept-Language (a browser calling the API directly sends its own); Portuguese otherwise.
 */
export function languageOf(req: Request): MailLanguage {
  return mailLanguageFromHeader(req.get('accept-language'));
}
