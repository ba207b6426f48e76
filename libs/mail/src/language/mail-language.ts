/**
 * The languages mails are written in. Portuguese is the shop's language and the default; a mail
 * is in English only when the recipient asked for it (the webclients send their UI language as
 * Accept-Language with every request, and the servers keep it where a later mail needs it).
 */
export const MAIL_LANGUAGES = ['pt', 'en'] as const;

export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const DEFAULT_MAIL_LANGUAGE: MailLanguage = 'pt';

export function isMailLanguage(value: unknown): value is MailLanguage {
  return MAIL_LANGUAGES.includes(value as MailLanguage);
}

/**
 * The mail language an Accept-Language header asks for: its ranges by quality (ties in order),
 * the first whose primary subtag we write (`pt-PT`, `pt-BR` and `pt` are all Portuguese), else
 * the default. `*` and unknown languages fall through to the default.
 */
export function mailLanguageFromHeader(header: string | undefined | null): MailLanguage {
  if (!header) return DEFAULT_MAIL_LANGUAGE;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters
        .map((parameter) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(parameter)?.[1])
        .find((value) => value !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((range) => range.tag !== '' && Number.isFinite(range.q) && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    const primary = range.tag.split('-')[0];
    if (isMailLanguage(primary)) return primary;
  }
  return DEFAULT_MAIL_LANGUAGE;
}
