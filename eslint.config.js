// ESLint: typescript-eslint's recommended rules (syntax only, no type information: fast on small machines),
// the React hooks rules for the renderer, and the layering rule (scripts/eslint-layers.mjs).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/eslint-layers.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig(
  globalIgnores(['dist/**', 'release/**', '.cache/**', 'node_modules/**', 'test-results/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter kept for its position in a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The classic hooks rules. The React Compiler rules in the plugin's newer presets judge code for a
    // compiler this app does not use.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['common/**', 'native/**', 'renderer/**', 'electron/**'],
    plugins: { layers: layersPlugin(root) },
    rules: { 'layers/imports': 'error' },
  },
);
