// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'tests/fixtures/',
      'test-results/',
      'playwright-report/',
      'bench-out/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  // Type-aware rules (floating promises, unsafe `any`, needless conditions …) read the TypeScript project.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...astro.configs.recommended,
  {
    // Astro components and plain JavaScript config files are linted without type information.
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Outside `astro check`, TypeScript cannot see the types of .astro modules: importing one gives an error type.
    files: ['src/components/mdx/index.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
