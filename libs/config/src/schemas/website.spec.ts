import path from 'node:path';
import { readConfig } from '../read-config.js';
import { websiteConfigSchema } from './website.js';

describe('websiteConfigSchema', () => {
  it('when nothing is set, then it listens on 8080 and logs as the website', () => {
    expect(readConfig(websiteConfigSchema, {})).toEqual({
      nodeEnv: 'development',
      serviceName: 'website',
      logLevel: 'info',
      syslog: undefined,
      server: { host: '0.0.0.0', port: 8080, shutdownGraceMs: 10_000 },
      staticDir: undefined,
    });
  });

  it('when STATIC_DIR and SYSLOG_HOST are set, then the folder is absolute and facility local2', () => {
    const config = readConfig(websiteConfigSchema, { STATIC_DIR: 'site', SYSLOG_HOST: 'rsyslog' });

    expect(config.staticDir).toBe(path.resolve('site'));
    expect(config.syslog).toEqual({
      host: 'rsyslog',
      port: 5140,
      protocol: 'udp',
      facility: 'local2',
    });
  });

  it('when in production, then no secrets are required', () => {
    expect(readConfig(websiteConfigSchema, { NODE_ENV: 'production' }).nodeEnv).toBe('production');
  });
});
