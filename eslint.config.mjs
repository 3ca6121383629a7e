// Lint keeps the process boundaries visible (see docs/ARCHITECTURE.md):
// only the Electron entry, the IPC binding, the print adapter and the preload may import
// 'electron'; the renderer never reaches the database, the services or Node; shared/ imports
// nothing runtime-specific.
import tseslint from 'typescript-eslint'

const electronOnly = {
  name: 'electron',
  message: "Only electron/main/app/ and the preload may import 'electron' (tests load everything else)."
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', '.data/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnly] }]
    }
  },
  {
    files: ['electron/main/app/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, 'better-sqlite3', 'drizzle-orm', 'fs', 'path', 'crypto', 'child_process'],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a sandboxed browser page: no Node modules.' },
            { group: ['**/db/**', '@db/*', '**/electron/**', 'drizzle-orm/*'], message: 'The renderer talks to the core only through the typed client.' }
          ]
        }
      ]
    }
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, 'better-sqlite3', 'drizzle-orm', 'react', 'antd', 'fs', 'path', 'crypto'],
          patterns: [
            { group: ['node:*'], message: 'shared/ runs in both processes: no Node modules.' },
            { group: ['**/db/**', '**/electron/**', '**/renderer/**', 'drizzle-orm/*'], message: 'shared/ depends on nothing but zod.' }
          ]
        }
      ]
    }
  },
  {
    files: ['tests/**/*.ts', 'electron/tools/**/*.mjs', '*.config.mts', 'eslint.config.mjs'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
)
