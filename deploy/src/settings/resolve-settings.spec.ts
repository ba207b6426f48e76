import { imageRef, resolveSettings } from './resolve-settings.js';
import { defaultSettings } from './settings.js';

describe('resolveSettings', () => {
  it('when nothing is given, then the defaults hold', () => {
    expect(resolveSettings([], {}).settings).toEqual(defaultSettings);
    expect(defaultSettings.baseDomain).toBe('gic-asenhoradosaneis.k3s');
    expect(defaultSettings.namespace).toBe('gic-asenhoradosaneis');
    expect(defaultSettings.storageClass).toBe('longhorn');
  });

  it('when env and flags both set a value, then the flag wins and other flags pass through', () => {
    const { settings, rest } = resolveSettings(
      ['--tag', '2.0.0', '--dry-run', '--affinity=required', '--registry', 'reg.example/aneis/'],
      {
        DEPLOY_TAG: '1.0.0',
        DEPLOY_STORAGE_CLASS: 'local-path',
        DEPLOY_HTTPS_ENTRYPOINT: 'secure',
      },
    );
    expect(settings.tag).toBe('2.0.0');
    expect(settings.affinity).toBe('required');
    expect(settings.storageClass).toBe('local-path');
    expect(settings.entryPoints).toEqual({ http: 'web', https: 'secure' });
    expect(rest).toEqual(['--dry-run']);
    expect(imageRef(settings, 'website')).toBe('reg.example/aneis/website:2.0.0');
  });

  it('when a value is missing or wrong, then the error names the setting', () => {
    expect(() => resolveSettings(['--namespace'], {})).toThrow('--namespace needs a value');
    expect(() => resolveSettings([], { DEPLOY_AFFINITY: 'maybe' })).toThrow(
      'affinity must be "required" or "preferred", not "maybe"',
    );
  });

  it('when template ids are given by env or flag, then each server gets only its own', () => {
    const { settings, rest } = resolveSettings(
      [
        '--management-sendgrid-template-order-status-changed=d-management',
        '--management-sendgrid-template-order-received',
        'd-not-sent-by-management',
      ],
      {
        SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED: 'd-received',
        SHOPPING_SENDGRID_TEMPLATE_ORDER_STATUS_CHANGED: 'd-shopping',
      },
    );
    expect(settings.mailTemplates).toEqual({
      'shopping-server': {
        SENDGRID_TEMPLATE_ORDER_RECEIVED: 'd-received',
        SENDGRID_TEMPLATE_ORDER_STATUS_CHANGED: 'd-shopping',
      },
      'management-server': { SENDGRID_TEMPLATE_ORDER_STATUS_CHANGED: 'd-management' },
    });
    // the management server sends no order_received mail: not one of its settings
    expect(rest).toEqual([
      '--management-sendgrid-template-order-received',
      'd-not-sent-by-management',
    ]);
  });

  it('when a template id has a space, then it is refused naming the setting', () => {
    expect(() =>
      resolveSettings([], { SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED: 'd-1 d-2' }),
    ).toThrow(
      'SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED must be a SendGrid template id without spaces',
    );
  });
});
