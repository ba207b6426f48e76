import { mailLanguageFromHeader } from '../src/language/mail-language.js';

describe('mailLanguageFromHeader', () => {
  it.each([
    [undefined, 'pt'],
    ['', 'pt'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['pt-PT', 'pt'],
    ['pt-BR,pt;q=0.9,en;q=0.8', 'pt'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['de-DE,fr;q=0.8', 'pt'],
    ['fr;q=0.9, en;q=0.4, pt;q=0.6', 'pt'],
    ['*', 'pt'],
    ['en;q=0, pt', 'pt'],
    ['EN-us', 'en'],
  ] as const)('when Accept-Language is %j, then mails are in %s', (header, language) => {
    expect(mailLanguageFromHeader(header)).toBe(language);
  });
});
