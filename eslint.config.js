// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Lint rules catch mistakes; formatting is Prettier's job (npm run format).
export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', '**/*.staging/', '.lotse/', '.astro/', 'node_modules/', 'public/admin/', 'coverage/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused values are mistakes; a leading underscore marks a deliberately unused one.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Type-only imports keep `verbatimModuleSyntax` builds free of runtime side effects.
      // `typeof import('leaflet')` stays allowed: heavy libraries are imported lazily.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Entry data is typed from the schemas (EntryData<C>); `any` would let a renamed field pass.
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
);
