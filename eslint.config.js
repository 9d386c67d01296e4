import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers (docs/architecture.md): entrypoints → components / utils/background → utils/crm →
// utils/guide (the engine) → utils/heavyset, utils/messages, the vault and the other utils/*.ts.
// A layer imports only from the layers after it.
// Matched on the import as written (relative or '@/'): by the folder's own name.
const layer = (message, folder) => ({ group: [`**/${folder}`, `**/${folder}/**`, `./${folder}/**`], message });
const UI = layer('UI lives in components/: mount it from an entrypoint.', 'components');
const BACKGROUND = layer('Only entrypoints/background.ts wires the background.', 'background');
const PLAYBOOKS = layer('The engine and the layers below it know no CRM: the playbook is passed in.', 'crm');
const ENGINE = layer('The guide engine sits above this layer.', 'guide');

/** A CRM's name is data of its playbook (utils/crm/), never of the engine, background, API or UI. */
const CRM_NAME = /leap|service\s?titan|zoho/i;
const noCrmNames = {
  meta: { type: 'problem', messages: { named: 'A CRM\'s name ("{{name}}") in shared code: take it from the playbook (utils/crm/).' } },
  create(context) {
    return {
      Program() {
        const text = context.sourceCode.text;
        const lines = text.split('\n');
        lines.forEach((line, index) => {
          const found = CRM_NAME.exec(line);
          if (found) context.report({ loc: { line: index + 1, column: found.index }, messageId: 'named', data: { name: found[0] } });
        });
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'artifacts/', '.sandbox-data/', 'test/sandbox/sites/**/*.js', 'test/sandbox/renderings/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { local: { rules: { 'no-crm-names': noCrmNames } } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['utils/guide/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UI, BACKGROUND, PLAYBOOKS] }] },
  },
  {
    files: ['utils/crm/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UI, BACKGROUND] }] },
  },
  {
    files: ['utils/background/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UI] }] },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BACKGROUND] }] },
  },
  {
    files: ['utils/heavyset/**', 'utils/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UI, BACKGROUND, PLAYBOOKS, ENGINE] }] },
  },
  {
    files: ['utils/guide/**', 'utils/background/**', 'utils/heavyset/**', 'utils/*.ts', 'components/**'],
    rules: { 'local/no-crm-names': 'error' },
  },
  {
    // Small files with names that explain themselves: past 250 lines, split by what the parts do.
    files: ['utils/guide/**', 'utils/background/**'],
    rules: { 'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['test/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { module: 'readonly', process: 'readonly', console: 'readonly' } },
  },
);
