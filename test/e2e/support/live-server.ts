import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuild } from '../../../server/cli/web-build';
import { repoRoot } from '../../../server/config/paths';
import { testDatastoreDir } from '../../fixtures/datastore';

/** The password every demo account gets in end-to-end runs. */
export const E2E_PASSWORD = 'e2e-demo-password-1234';

/** A real Registerlab server process serving the built web app. */
export interface LiveServer {
  url: string;
  /** Everything the process printed, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Builds the web app as `npm start` does (Vite, when stale) and starts `registerlab serve` as a child process
 * on a free port over the shared 10k test datastore, with a fresh SQLite file and demo accounts.
 */
export async function startLiveServer(): Promise<LiveServer> {
  ensureWebBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registerlab-e2e-'));
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'bin', 'registerlab.mjs'),
      'serve',
      '--port',
      '0',
      '--datastore',
      testDatastoreDir(),
      '--db',
      path.join(dir, 'registerlab.sqlite'),
      '--static',
      path.join(repoRoot, 'dist', 'web'),
    ],
    { cwd: repoRoot, env: { ...process.env, REGISTERLAB_DEMO_PASSWORD: E2E_PASSWORD }, stdio: 'pipe' },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]!);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    log: () => output,
    stop: () => stopProcess(child, dir),
  };
}

function stopProcess(child: ChildProcess, dir: string): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      fs.rmSync(dir, { recursive: true, force: true });
      resolve();
    };
    if (child.exitCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}
