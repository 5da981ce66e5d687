import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config/paths';
import { migrationsDir } from './open';

describe('committed migrations', () => {
  it('match schema.ts (drizzle-kit finds nothing to generate)', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-migrations-'));
    try {
      fs.cpSync(migrationsDir, copy, { recursive: true });
      const before = fs.readdirSync(copy).sort();
      const kit = path.join(repoRoot, 'node_modules', 'drizzle-kit', 'bin.cjs');
      // drizzle-kit prefixes './' to --out, so it gets a path relative to the repository.
      const out = path.relative(repoRoot, copy);
      const result = spawnSync(
        process.execPath,
        [kit, 'generate', '--dialect', 'sqlite', '--schema', 'server/db/schema.ts', '--out', out],
        { cwd: repoRoot, encoding: 'utf8' },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('No schema changes');
      expect(fs.readdirSync(copy).sort()).toEqual(before);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
