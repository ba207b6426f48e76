import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandSettings } from '../src/cli/command-settings.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aneis-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the settings file', () => {
  it('when a setting is in the file, the environment and a flag, then env beats file and flag beats env', async () => {
    const file = join(dir, 'settings.env');
    writeFileSync(
      file,
      [
        '# non-secret settings kept between runs',
        'DEPLOY_TAG=from-file',
        'DEPLOY_NAMESPACE=from-file',
        'DEPLOY_STORAGE_CLASS=from-file',
        'SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED="d-from-file"',
        'MANAGEMENT_SENDGRID_TEMPLATE_RESET_PASSWORD_ADMIN=d-from-file',
      ].join('\n'),
    );
    const { settings, rest } = await commandSettings(
      ['--settings', file, '--namespace', 'from-flag', '--dry-run'],
      { DEPLOY_TAG: 'from-env', MANAGEMENT_SENDGRID_TEMPLATE_RESET_PASSWORD_ADMIN: 'd-from-env' },
    );
    expect(settings.storageClass).toBe('from-file');
    expect(settings.tag).toBe('from-env');
    expect(settings.namespace).toBe('from-flag');
    expect(settings.mailTemplates['shopping-server']).toEqual({
      SENDGRID_TEMPLATE_ORDER_RECEIVED: 'd-from-file',
    });
    expect(settings.mailTemplates['management-server']).toEqual({
      SENDGRID_TEMPLATE_RESET_PASSWORD_ADMIN: 'd-from-env',
    });
    expect(rest).toEqual(['--settings', file, '--dry-run']);
  });

  it('when the named settings file does not exist, then the command stops saying so', async () => {
    const missing = join(dir, 'settings.evn');
    await expect(commandSettings(['--settings', missing], {})).rejects.toThrow(
      `The file ${missing} does not exist.`,
    );
  });
});

describe('a secret in the settings file', () => {
  it('when the file holds a secret variable, then every command stops naming it, before anything runs', async () => {
    const file = join(dir, 'settings.env');
    writeFileSync(
      file,
      [
        'DEPLOY_TAG=v1',
        'SHOPPING_SENDGRID_API_KEY=SG.pasted-by-mistake',
        'MONGODB_ROOT_PASSWORD=x',
      ].join('\n'),
    );
    const attempt = commandSettings(['--settings', file], {});
    await expect(attempt).rejects.toThrow(/SHOPPING_SENDGRID_API_KEY, MONGODB_ROOT_PASSWORD/);
    await expect(commandSettings(['--settings', file], {})).rejects.toThrow(/deploy\/secrets\.env/);
  });

  it('when the same secret comes from the environment, then it is not the settings file’s business', async () => {
    const file = join(dir, 'settings.env');
    writeFileSync(file, 'DEPLOY_TAG=v1\n');
    const { settings } = await commandSettings(['--settings', file], {
      SHOPPING_SENDGRID_API_KEY: 'SG.from-env',
    });
    expect(settings.tag).toBe('v1');
  });
});
