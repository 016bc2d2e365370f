// ESLint: TypeScript and React hooks rules, and the architecture's one import rule — a feature
// (src/features/<name>) may import shared code (src/lib, src/components, src/gql) and itself,
// never another feature; only the app (src/app) composes features. Code two features need
// moves to src/lib or src/components. Shared code imports no feature and not the app.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const features = readdirSync(join(dirname(fileURLToPath(import.meta.url)), 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const leavingByRelativePath = {
  group: ['../../*', '../../../*', '../../../../*'],
  message: 'Leave a feature folder through "@/…" (shared code), not a relative path.',
};

/** The rule for one feature: any other feature is out of bounds. */
function featureBoundary(name) {
  return {
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', `!@/features/${name}`, `!@/features/${name}/**`, '@/app/*'],
              message: `The ${name} feature may not import another feature or the app: move what both need to src/lib or src/components.`,
            },
            leavingByRelativePath,
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/gql/**', 'e2e/**', 'scripts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...features.map(featureBoundary),
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*'],
              message: 'Shared code (src/lib, src/components) may not import a feature or the app.',
            },
          ],
        },
      ],
    },
  },
);
