import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/paths';
import { CliError } from './errors';

/** Newest modification time of any file under a folder (0 when it has none). */
export function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** What `ensureWebBuild` did. */
export type WebBuildOutcome = 'no-web-app' | 'up-to-date' | 'built';

/**
 * Builds the web app with Vite when `dist/web` is missing or older than `web/` (or the shared code it
 * bundles); does nothing while the web app does not exist yet.
 */
export function ensureWebBuild(
  webDir = path.join(repoRoot, 'web'),
  distDir = path.join(repoRoot, 'dist', 'web'),
): WebBuildOutcome {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) return 'no-web-app';
  const built = fs.existsSync(path.join(distDir, 'index.html')) ? newestMtime(distDir) : 0;
  const sources = Math.max(
    newestMtime(webDir),
    newestMtime(path.join(repoRoot, 'worker')),
    newestMtime(path.join(repoRoot, 'shared')),
  );
  if (built > 0 && built >= sources) return 'up-to-date';
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new CliError('building the web app failed (see the Vite output above)', 1);
  return 'built';
}
