import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

/**
 * Module boundaries. Every project carries three tags:
 *   scope:*    whose code it is (shopping, management, shared, ops)
 *   type:*     what layer it is (app, feature, data-access, util, contracts, ui, deploy, e2e, tooling)
 *   platform:* where it runs (node, web, any)
 * The rules below are what keeps the shape honest: nothing imports an app, browsers never pull in
 * server libraries, the two shops never reach into each other, and the contracts stay light enough
 * for both sides to import.
 */
const serverOnlyPackages = [
  'express',
  'express-session',
  'express-rate-limit',
  'rate-limit-redis',
  'connect-redis',
  'helmet',
  'cors',
  'mongoose',
  'mongodb',
  'ioredis',
  'bcryptjs',
  'winston',
  'winston-transport',
  '@sendgrid/mail',
];
const browserOnlyPackages = ['vue', 'vue-router', 'pinia', '@vue/*'];

const depConstraints = [
  // layers: a project may only lean on layers below it; no layer lists type:app.
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:feature',
      'type:data-access',
      'type:util',
      'type:contracts',
      'type:ui',
    ],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'],
  },
  {
    sourceTag: 'type:util',
    onlyDependOnLibsWithTags: ['type:util', 'type:contracts'],
    bannedExternalImports: ['express', 'mongoose', 'mongodb', 'ioredis', ...browserOnlyPackages],
  },
  {
    sourceTag: 'type:contracts',
    onlyDependOnLibsWithTags: ['type:contracts'],
    bannedExternalImports: [...serverOnlyPackages, ...browserOnlyPackages],
  },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:contracts'] },
  { sourceTag: 'type:deploy', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
  // tooling (workspace checks, the local stack) runs libraries, never apps: apps are started as processes.
  {
    sourceTag: 'type:tooling',
    onlyDependOnLibsWithTags: [
      'type:feature',
      'type:data-access',
      'type:util',
      'type:contracts',
      'type:deploy',
    ],
  },
  // platforms: what runs in a browser never imports server code, and the reverse.
  {
    sourceTag: 'platform:web',
    onlyDependOnLibsWithTags: ['platform:web', 'platform:any'],
    bannedExternalImports: serverOnlyPackages,
  },
  {
    sourceTag: 'platform:node',
    onlyDependOnLibsWithTags: ['platform:node', 'platform:any'],
    bannedExternalImports: browserOnlyPackages,
  },
  { sourceTag: 'platform:any', onlyDependOnLibsWithTags: ['platform:any'] },
  // scopes: the shopping side never imports management code and vice versa.
  { sourceTag: 'scope:shopping', onlyDependOnLibsWithTags: ['scope:shopping', 'scope:shared'] },
  { sourceTag: 'scope:management', onlyDependOnLibsWithTags: ['scope:management', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:ops', onlyDependOnLibsWithTags: ['scope:ops', 'scope:shared'] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/dist-ssr',
      '**/out-tsc',
      '**/test-output',
      '**/vitest.config.*.timestamp*',
      '**/vite.config.*.timestamp*',
      '.data/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.js', '**/*.mjs', '**/*.vue'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: false,
          allow: [
            '^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$',
            // Vite loads a config's package imports as they are (Node cannot run TypeScript) and
            // bundles only files reached by path: the webclients' shared config factory is one.
            '^(\\.\\./)+libs/ui/vite/webclient-vite-config\\.js$',
          ],
          depConstraints,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // The storefront's findable pages are written on the server by Vue's own server renderer
  // (createSSRApp, h, renderToString): there, and only there, a server may import `vue`. The
  // router, stores and the webclient's components stay out of the servers. Two patterns: the
  // workspace's lint sees the path from the root, each project's lint from its own folder.
  {
    files: ['apps/shopping-server/src/storefront-pages/**/*.ts', 'src/storefront-pages/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: false,
          depConstraints: depConstraints.map((constraint) =>
            constraint.sourceTag === 'platform:node'
              ? {
                  ...constraint,
                  bannedExternalImports: browserOnlyPackages.filter((name) => name !== 'vue'),
                }
              : constraint,
          ),
        },
      ],
    },
  },
  // Vue single-file components: vue-eslint-parser for the template, typescript-eslint inside
  // <script lang="ts">, eslint-plugin-vue's recommended rules (kept to .vue files only).
  ...vue.configs['flat/recommended'].map((config) => ({ ...config, files: ['**/*.vue'] })),
  {
    files: ['**/*.vue'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
        ecmaVersion: 'latest',
      },
    },
  },
  prettier,
];
