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
});
