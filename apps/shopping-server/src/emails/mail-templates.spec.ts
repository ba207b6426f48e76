import {
  managementServerConfigSchema,
  readConfig,
  shoppingServerConfigSchema,
} from '@aneis/config';
import { MANAGEMENT_MAIL_TEMPLATES, SHOPPING_MAIL_TEMPLATES } from '@aneis/mail';

// The config lib cannot import the mail lib (a lower layer), so it names the templates itself:
// both lists must agree, or a template would have no SENDGRID_TEMPLATE_* variable.
describe('mail templates in config and in the mail lib', () => {
  it('when the shopping config is read, then it maps exactly the templates the shop sends', () => {
    const config = readConfig(shoppingServerConfigSchema, {});
    expect(Object.keys(config.mail.templates).sort()).toEqual([...SHOPPING_MAIL_TEMPLATES].sort());
  });

  it('when the management config is read, then it maps exactly the templates the admin sends', () => {
    const config = readConfig(managementServerConfigSchema, {});
    expect(Object.keys(config.mail.templates).sort()).toEqual(
      [...MANAGEMENT_MAIL_TEMPLATES].sort(),
    );
  });
});
