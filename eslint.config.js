import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

/**
 * The rooms of src/ and what each may import (STYLE.md: dependencies run one way). Order, bottom up:
 * data → domain → (state, echarts, charts, extract) → views → export → components → app.
 * The one sideways link: the ECharts runtime uses the shared chart parts (FONT_FAMILY, point-order types).
 */
const ROOMS = {
  data: [],
  domain: ['data'],
  extract: ['data', 'domain'],
  state: ['data', 'domain'],
  charts: ['data', 'domain'],
  echarts: ['data', 'domain', 'charts'],
  views: ['data', 'domain', 'charts'],
  export: ['data', 'domain', 'charts', 'echarts', 'views'],
  components: ['data', 'domain', 'extract', 'state', 'charts', 'echarts', 'views', 'export'],
  app: ['data', 'domain', 'extract', 'state', 'charts', 'echarts', 'views', 'export', 'components'],
  // Build-time scripts use the pure rooms and the rendering ones, never the React page.
  scripts: ['data', 'domain', 'extract', 'state', 'charts', 'echarts', 'views', 'export'],
  // Tests may import anything, scripts included.
  tests: ['data', 'domain', 'extract', 'state', 'charts', 'echarts', 'views', 'export', 'components', 'app', 'scripts'],
};

/**
 * Rooms below components hold no React. zustand stays allowed in state: the bound store is the house pattern
 * (STYLE.md), and the hooks that subscribe the page to the import and user-source stores live in src/app.
 */
const NO_REACT = ['data', 'domain', 'extract', 'state', 'charts', 'echarts', 'views', 'export'];

const elements = Object.keys(ROOMS).map((room) => ({
  type: room,
  pattern: room === 'scripts' || room === 'tests' ? room : `src/${room}`,
  partialMatch: false,
}));

// One resolver for both plugins: boundaries reads the legacy `import/resolver` setting, import-x the new one.
const tsResolverOptions = { alwaysTryTypes: true, project: 'tsconfig.json' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Layering: every room imports only the rooms listed in ROOMS; a file outside any room (src/*.d.ts,
    // config files) is not checked, and anything else is an error.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': elements,
      // Re-exports and lazy import() cross rooms too.
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
      'import/resolver': { typescript: tsResolverOptions },
      'import-x/resolver-next': [createTypeScriptImportResolver(tsResolverOptions)],
      // import-x follows only the extensions it is told of; without these it skips every .ts file.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          policies: [
            ...Object.entries(ROOMS).map(([room, allowed]) => ({
              from: { element: { type: room } },
              allow: { to: { element: { types: { anyOf: [room, ...allowed] } } } },
            })),
            // Packages are checked below (no React under components); local files outside rooms are fine.
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            {
              from: { element: { types: { anyOf: NO_REACT } } },
              disallow: { to: { module: { source: ['react', 'react-dom', 'echarts-for-react'] } } },
            },
          ],
        },
      ],
    },
  },
  {
    // No two files import each other, directly or through others, anywhere in src/. Type-only imports are
    // not followed (import-x's default): they are erased before the code runs.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-cycle': 'error' },
  },
);
