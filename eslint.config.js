import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * What each folder of src/ may import beside itself: `imports` in full, `types` as `import type` only
 * (erased at build time, they tie no code together). Dependencies flow one way, down this table;
 * docs/ARCHITECTURE.md ("Boundaries the linter enforces") states these rules as they are written here.
 * Anything else in src/ is forbidden, App.tsx and src/testing/ included, so a new folder is unreachable
 * until it has a row. The browser takes the compiler's types but none of its values: they are zod
 * schemas, which the bundle must not hold (issue 13).
 */
const BOUNDARIES = {
  compiler: { imports: [] },
  node: { imports: ['compiler', 'data'], types: ['map'] },
  browser: { imports: [] },
  data: { imports: [], types: ['compiler'] },
  store: { imports: ['data'], types: ['compiler'] },
  exports: { imports: ['data'], types: ['compiler'] },
  timestrip: { imports: ['data', 'browser'], types: ['compiler'] },
  map: { imports: ['store', 'data', 'browser'], types: ['compiler'] },
  timeline: { imports: ['store', 'data', 'browser'], types: ['compiler'] },
  panels: { imports: ['store', 'data', 'exports', 'browser'], types: ['compiler'] },
  print: { imports: ['store', 'data', 'browser'], types: ['compiler'] },
  story: { imports: ['map', 'panels', 'print', 'timestrip', 'store', 'data', 'browser'], types: ['compiler'] },
  embed: { imports: ['map', 'timeline', 'panels', 'timestrip', 'store', 'data', 'browser'], types: ['compiler'] },
  review: { imports: ['panels', 'data', 'browser'], types: ['compiler'] },
};

const NO_ZOD = { name: 'zod', message: 'The browser does not bundle zod: the vocabularies are kept by hand in src/data.' };
const inSrc = (folders) => folders.map((f) => `src/${f}`).join(', ');

// Tests and their helpers (src/testing/) may reach across: a compiler test loads the gazetteer from disk.
const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'src/testing/**'];

/** A block's static-import rule, and the same patterns for `import()`. */
const withDynamic = (rules) => ({ ...rules, 'local/dynamic-import-boundary': dynamicRule(rules['@typescript-eslint/no-restricted-imports']) });

/**
 * One block per depth below the folder: an import that climbs exactly to src/ (`../` once per level) and
 * goes down into a folder not in the row is an error. Counting the climb keeps a sub-folder's sibling (the
 * compiler's own story/, node's own review/) apart from src/story/ and src/review/.
 */
function folderBoundaries([folder, { imports, types = [] }]) {
  const allowed = [...(imports.length ? [inSrc(imports)] : []), ...(types.length ? [`types from ${inSrc(types)}`] : [])];
  const message = `src/${folder} imports ${allowed.length ? `only ${allowed.join(', and ')}` : 'nothing else in src/'} (docs/ARCHITECTURE.md)`;
  return [1, 2, 3].map((depth) => {
    const up = `^(\\.\\./){${depth}}`;
    return {
      files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
      ignores: TEST_FILES,
      rules: withDynamic({
        '@typescript-eslint/no-restricted-imports': ['error', {
          paths: types.includes('compiler') ? [NO_ZOD] : [],
          patterns: [
            ...(types.length ? [{ regex: `${up}(${types.join('|')})/`, allowTypeImports: true, message: `src/${folder} may import only types from ${inSrc(types)}: \`import type\`` }] : []),
            { regex: `${up}(?!(${[folder, ...imports, ...types].join('|')})/)`, message },
          ],
        }],
      }),
    };
  });
}

/**
 * `no-restricted-imports` reads only static imports, and lazy chunks are where a boundary is easiest to
 * cross unseen: `import('../x.ts')` inside a component. This rule holds a dynamic import to the same
 * patterns as the folder's static ones, minus `allowTypeImports` — an `import()` always loads code.
 */
const dynamicImportBoundary = {
  meta: { type: 'problem', schema: [{ type: 'array' }] },
  create(context) {
    const patterns = (context.options[0] ?? []).map(({ regex, message }) => ({ test: new RegExp(regex), message }));
    return {
      ImportExpression(node) {
        const source = node.source.type === 'Literal' ? node.source.value : null;
        if (typeof source !== 'string') return;
        const hit = patterns.find(({ test }) => test.test(source));
        if (hit) context.report({ node: node.source, message: `${hit.message} (dynamic import)` });
      },
    };
  },
};
const localRules = { plugins: { local: { rules: { 'dynamic-import-boundary': dynamicImportBoundary } } } };

/** The static rule's options, reused for `import()`. */
const dynamicRule = (staticRule) => ['error', staticRule[1].patterns.map(({ regex, message }) => ({ regex, message }))];

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '**/*.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  localRules,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The compiler is pure: strings in, data out. It must run in Node tests, the CLI, the benchmark and the
    // Vite plugin alike, so it may not reach for the file system, the DOM or the bundler.
    files: ['src/compiler/**/*.ts'],
    // Tests may load prepared reference data from disk; the code under test may not.
    ignores: ['src/compiler/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'vite', 'react', 'react-dom', 'leaflet', 'vis-*'], message: 'src/compiler is pure: pass data in instead.' },
        ],
      }],
    },
  },
  {
    // innerHTML-style sinks would render untrusted document text as markup.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Document text is untrusted: use textContent.' },
        { property: 'outerHTML', message: 'Document text is untrusted: use textContent.' },
        { property: 'insertAdjacentHTML', message: 'Document text is untrusted: use text nodes.' },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Document text is untrusted.' }],
      // `import { type X }` keeps an empty `import {} from` under verbatimModuleSyntax, and with it the
      // module's code (the compiler's zod schemas): a type import says `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  ...Object.entries(BOUNDARIES).flatMap(folderBoundaries),
  {
    // App.tsx and main.tsx compose every folder but the Node side and the test helpers.
    files: ['src/*.{ts,tsx}'],
    rules: withDynamic({
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [NO_ZOD],
        patterns: [
          { regex: '^\\./compiler/', allowTypeImports: true, message: 'The browser may import only types from src/compiler (`import type`).' },
          { regex: '^\\./node/', message: 'src/node is build-time code: the browser never imports it.' },
          { regex: '^\\./testing/', message: 'src/testing holds test helpers: the app never imports them.' },
        ],
      }],
    }),
  },
);
