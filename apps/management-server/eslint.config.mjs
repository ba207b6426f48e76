import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Tests index into results they have just asserted the shape of; `!` says so tersely.
    files: ['test/**/*.ts', 'src/**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
