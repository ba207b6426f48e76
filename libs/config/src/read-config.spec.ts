import { z } from 'zod';
import { ConfigError } from './config-error.js';
import { port } from './fragments/port.js';
import { url } from './fragments/url.js';
import { readConfig } from './read-config.js';

const schema = z.object({
  PORT: port.default(3000),
  REDIS_URL: url(['redis:']).default('redis://127.0.0.1:6379'),
  API_TOKEN: z.string().min(10, 'must be at least 10 characters'),
  NAME: z.string({ error: 'is required' }),
});

function configErrorFrom(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readConfig', () => {
  it('when every variable is valid, then it returns the parsed values', () => {
    const config = readConfig(schema, { PORT: '8080', API_TOKEN: 'abcdefghijk', NAME: 'x' });
    expect(config).toEqual({
      PORT: 8080,
      REDIS_URL: 'redis://127.0.0.1:6379',
      API_TOKEN: 'abcdefghijk',
      NAME: 'x',
    });
  });

  it('when several variables are bad or missing, then the error lists each one by name', () => {
    const error = configErrorFrom(() =>
      readConfig(schema, { PORT: 'abc', REDIS_URL: 'nonsense', API_TOKEN: 'short' }),
    );

    expect(error.issues).toEqual([
      { variable: 'PORT', problem: 'expected an integer between 0 and 65535, got "abc"' },
      { variable: 'REDIS_URL', problem: 'expected a URL starting with redis://, got "nonsense"' },
      { variable: 'API_TOKEN', problem: 'must be at least 10 characters (value hidden)' },
      { variable: 'NAME', problem: 'is required' },
    ]);
    expect(error.message).toContain('Invalid configuration (4 problems):');
    expect(error.message).toContain('  PORT: expected an integer between 0 and 65535, got "abc"');
    expect(error.name).toBe('ConfigError');
  });

  it('when a secret-like variable is bad, then its value appears nowhere in the error', () => {
    const error = configErrorFrom(() => readConfig(schema, { API_TOKEN: 'hunter2', NAME: 'x' }));

    expect(error.message).not.toContain('hunter2');
    expect(JSON.stringify(error.issues)).not.toContain('hunter2');
  });

  it('when a bad URL carries a password, then the password is masked in the message', () => {
    const error = configErrorFrom(() =>
      readConfig(schema, {
        REDIS_URL: 'http://admin:s3cr3t@example.com',
        API_TOKEN: 'abcdefghijk',
        NAME: 'x',
      }),
    );

    expect(error.message).not.toContain('s3cr3t');
    expect(error.message).toContain('http://admin:***@example.com');
  });

  it('when a variable is set to an empty string, then it counts as unset', () => {
    const config = readConfig(schema, { PORT: '', API_TOKEN: 'abcdefghijk', NAME: 'x' });

    expect(config.PORT).toBe(3000);
  });
});
