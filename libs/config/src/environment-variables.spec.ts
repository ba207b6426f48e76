import { environmentVariables } from './environment-variables.js';
import { readConfig } from './read-config.js';
import { managementServerConfigSchema } from './schemas/management-server.js';
import { shoppingServerConfigSchema } from './schemas/shopping-server.js';
import { websiteConfigSchema } from './schemas/website.js';

// The schemas' own shapes are the truth; the documented list must follow them exactly.
const schemasByApp = {
  'shopping-server': shoppingServerConfigSchema,
  'management-server': managementServerConfigSchema,
  website: websiteConfigSchema,
} as const;

type App = keyof typeof schemasByApp;
const apps = Object.keys(schemasByApp) as App[];

function variablesReadBy(app: App): string[] {
  return Object.keys(schemasByApp[app].in.shape).sort();
}

function variablesDocumentedFor(app: App): string[] {
  return environmentVariables
    .filter((entry) => entry.apps.includes(app))
    .map((entry) => entry.name)
    .sort();
}

describe('environmentVariables', () => {
  it.each(apps)('when compared with the %s schema, then it names exactly what it reads', (app) => {
    expect(variablesDocumentedFor(app)).toEqual(variablesReadBy(app));
  });

  it('when a variable is listed, then it has a one-sentence description', () => {
    for (const entry of environmentVariables) {
      expect(entry.description, entry.name).toMatch(/^[^\n]{10,120}\.$/);
    }
  });

  // Setting a variable to its documented default must change nothing, so the docs cannot lie.
  it.each(apps)(
    'when each documented default is set explicitly, then %s config is unchanged',
    (app) => {
      const base = { SYSLOG_HOST: '127.0.0.1' };
      const schema = schemasByApp[app];
      const implicit = readConfig(schema, base);
      const literalDefaults = environmentVariables.filter(
        (entry) =>
          entry.apps.includes(app) && entry.default !== undefined && !entry.default.startsWith('<'),
      );

      expect(literalDefaults.length).toBeGreaterThan(5);
      for (const entry of literalDefaults) {
        const explicit = readConfig(schema, { ...base, [entry.name]: entry.default });
        expect(explicit, entry.name).toEqual(implicit);
      }
    },
  );
});
