import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Layering (STYLE.md): data → domain → charts → components → app. Lower layers never import upward.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/data/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/charts/**', '**/components/**', '**/app/**', '**/state/**', 'react', 'react-dom'] }],
    },
  },
  {
    files: ['src/charts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/components/**', '**/app/**', 'react', 'react-dom'] }] },
  },
);
