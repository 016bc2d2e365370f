// @vitest-environment node
// The import rule of eslint.config.js, run on sample files: a rule that cannot fail guards nothing.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('feature boundaries', () => {
  it.each([
    ['src/features/map/components/x.tsx', "import { a } from '@/features/network/types';\nexport const b = a;", 1],
    ['src/features/map/components/x.tsx', "import { a } from '../../network/types';\nexport const b = a;", 1],
    ['src/features/map/components/x.tsx', "import { a } from '@/app/router';\nexport const b = a;", 1],
    ['src/lib/x.ts', "import { a } from '@/features/map/utils/shading';\nexport const b = a;", 1],
    ['src/components/x.tsx', "import { a } from '@/features/map/utils/shading';\nexport const b = a;", 1],
    ['src/features/map/components/x.tsx', "import { a } from '@/features/map/utils/shading';\nexport const b = a;", 0],
    ['src/features/map/components/x.tsx', "import { a } from '../utils/shading';\nexport const b = a;", 0],
    ['src/features/map/components/x.tsx', "import { a } from '@/lib/roles';\nexport const b = a;", 0],
    ['src/app/routes/x.tsx', "import { a } from '@/features/map/utils/shading';\nexport const b = a;", 0],
  ])('%s: %s → %i', async (file, code, want) => {
    expect(await restricted(file, code)).toHaveLength(want);
  });
});
