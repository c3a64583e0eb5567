import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', '.data/', '.tools/', 'bench/results/', 'console/dist/', 'console/src/api/schema.d.ts', 'test-results/', 'playwright-report/'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    // Workflows are replayed: no I/O, no Node built-ins, no database handles.
    files: ['workflows/**/*.ts', 'domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'net', 'http', 'https', 'crypto', 'child_process', 'os', 'path'], message: 'no Node built-ins in deterministic code' },
            { group: ['pg', 'nodemailer', '@temporalio/client', '@temporalio/worker', '**/db/*', '**/api/*', '**/runtime/*'], message: 'I/O belongs in activities' },
          ],
        },
      ],
    },
  },
);
