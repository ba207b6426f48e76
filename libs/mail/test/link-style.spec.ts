import { MAIL_LANGUAGES } from '../src/language/mail-language.js';
import { adminLinks } from '../src/links/admin-links.js';
import { LINK_STYLES, type LinkStyle } from '../src/links/link-style.js';
import { storefrontLinks } from '../src/links/storefront-links.js';
import { renderMail } from '../src/render/render-mail.js';
import { orderReceivedMail, orderStatusChangedMail } from '../src/templates/order-mails.js';
import { MAIL_TEMPLATES } from '../src/templates/template-names.js';
import { order } from './mail-fixtures.js';

const SHOP = 'https://shop.example/shopping/';
const ADMIN = 'https://admin.example/management';

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

/** What each style must produce: ours (history routes) and Veniqa's clients (hash routes). */
const expected: Record<LinkStyle, Record<string, string>> = {
  path: {
    confirm: 'https://shop.example/shopping/email-confirmation/tok-1',
    reset: 'https://shop.example/shopping/password-reset/tok-2',
    onboarding: 'https://admin.example/management/onboarding/tok-3',
    adminReset: 'https://admin.example/management/password-reset/tok-4',
    order: 'https://shop.example/shopping/orders/65f0c0ffee0000000000a001',
  },
  hash: {
    confirm: 'https://shop.example/shopping/#/email-confirmation/tok-1',
    reset: 'https://shop.example/shopping/#/password-reset/tok-2',
    // Veniqa's admin has no onboarding page: a new admin sets a password on the reset page.
    onboarding: 'https://admin.example/management/#/password-reset/tok-3',
    adminReset: 'https://admin.example/management/#/password-reset/tok-4',
    order: 'https://shop.example/shopping/#/orders/65f0c0ffee0000000000a001',
  },
};

const cases = LINK_STYLES.flatMap((style) =>
  MAIL_LANGUAGES.map((language) => [style, language] as const),
);

describe('links in mails follow the link style of the client they open', () => {
  it.each(cases)(
    'when the account mails are rendered for %s-style clients in %s, then HTML and text carry those links',
    (style, language) => {
      const shop = storefrontLinks(SHOP, style);
      const admin = adminLinks(ADMIN, style);
      const mails = [
        [
          MAIL_TEMPLATES.confirmAccountCustomer,
          'confirm_account_customer_url',
          shop.emailConfirmation('tok-1'),
          'confirm',
        ],
        [
          MAIL_TEMPLATES.resetPasswordCustomer,
          'reset_password_customer_url',
          shop.passwordReset('tok-2'),
          'reset',
        ],
        [
          MAIL_TEMPLATES.confirmAccountAdmin,
          'confirm_account_admin_url',
          admin.onboarding('tok-3'),
          'onboarding',
        ],
        [
          MAIL_TEMPLATES.resetPasswordAdmin,
          'reset_password_admin_url',
          admin.passwordReset('tok-4'),
          'adminReset',
        ],
      ] as const;
      for (const [template, field, link, key] of mails) {
        const want = expected[style][key];
        expect(link).toBe(want);
        const mail = renderMail(template, { name: 'Ana', [field]: link }, language);
        expect(hrefs(mail.html)).toContain(want);
        expect(mail.text).toContain(`\n${want}\n`);
      }
    },
  );

  it.each(LINK_STYLES)(
    'when the order mails are rendered for %s-style storefronts, then the order link has that style',
    (style) => {
      const received = orderReceivedMail(order(), SHOP, style);
      const changed = orderStatusChangedMail({
        order: order(),
        event: 'shipped',
        storefrontUrl: SHOP,
        storefrontLinkStyle: style,
      });
      for (const request of [received, changed]) {
        const mail = renderMail(request.template, request.data, 'en');
        expect(hrefs(mail.html)).toContain(expected[style]['order']);
        expect(mail.text).toContain(expected[style]['order']);
      }
    },
  );
});
