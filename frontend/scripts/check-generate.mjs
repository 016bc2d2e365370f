// Regenerates the typed operations into a temporary directory and compares them with the
// committed src/gql: exits non-zero (and prints the diff) when src/gql is stale.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'concord-gql-'));
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts'], {
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_OUT: dir + '/' },
  });
  const diff = spawnSync('diff', ['-r', 'src/gql', dir], { stdio: 'inherit' });
  if (diff.status !== 0) {
    console.error('src/gql is out of date: run `npm run generate`.');
    process.exit(1);
  }
  console.log('src/gql is up to date.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
