import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '**/*.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
          { group: ['**/node/**', '**/store/**', '**/map/**', '**/timeline/**', '**/panels/**'], message: 'src/compiler depends on nothing else in src.' },
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
    },
  },
);
