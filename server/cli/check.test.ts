import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlanSchema } from '../../shared/lang/plan';
import { fixtureManifest } from '../../shared/lang/test-support/fixture-catalog';
import { checkCommand } from './check';
import { CliError } from './errors';
import { planCommand } from './plan';

let dir: string;
let store: string;
const script = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'registerlab-check-'));
  store = path.join(dir, 'store');
  mkdirSync(store);
  writeFileSync(path.join(store, 'datastore.json'), JSON.stringify(fixtureManifest));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(
  command: typeof checkCommand,
  flags: Record<string, string | boolean>,
  positional: string[],
) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => out.push(s));
  vi.spyOn(console, 'error').mockImplementation((s: string) => err.push(s));
  const code = await command.run({ flags: { datastore: store, ...flags }, positional });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const clean =
  'require no.ssb.fdb:33 as db\ncreate-dataset p\nimport db/BEFOLKNING_KJOENN as kjonn\ntabulate kjonn\n';
const broken = 'require no.ssb.fdb:12 as db\ncreate-dataset p\ntabulate  kjon\n';

describe('registerlab check', () => {
  it('exits 0 and prints nothing for a clean script', async () => {
    expect(await run(checkCommand, {}, [script('ok.msc', clean)])).toEqual({ code: 0, out: '', err: '' });
  });

  it('prints file:line:col: severity code: message and exits 1 on errors', async () => {
    const file = script('bad.msc', broken);
    const { code, out } = await run(checkCommand, {}, [file]);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      `${file}:1:9: warning datastore-version-substituted: no.ssb.fdb version 12 is not available here; version 33.0.0.0 is used.`,
      `${file}:3:11: error unknown-variable: The variable kjon does not exist in p.`,
    ]);
    expect((await run(checkCommand, { lang: 'nb' }, [file])).out).toContain(
      'error unknown-variable: Variabelen kjon finnes ikke i p.',
    );
  });

  it('prints exactly the JSON contract with --json', async () => {
    const { code, out } = await run(checkCommand, { json: true }, [script('bad.msc', broken)]);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      diagnostics: [
        {
          code: 'datastore-version-substituted',
          severity: 'warning',
          message: 'no.ssb.fdb version 12 is not available here; version 33.0.0.0 is used.',
          line: 1,
          column: 9,
          length: 13,
        },
        {
          code: 'unknown-variable',
          severity: 'error',
          message: 'The variable kjon does not exist in p.',
          line: 3,
          column: 11,
          length: 4,
        },
      ],
    });
  });

  it('refuses bad usage with exit code 2', async () => {
    await expect(run(checkCommand, {}, [])).rejects.toThrow(CliError);
    await expect(run(checkCommand, {}, [path.join(dir, 'missing.msc')])).rejects.toThrow(/cannot read/);
    await expect(run(checkCommand, { datastore: dir }, [script('ok.msc', clean)])).rejects.toThrow(
      /no datastore at/,
    );
    await expect(run(checkCommand, { lang: 'de' }, [script('ok.msc', clean)])).rejects.toThrow(/--lang/);
    const error = await run(checkCommand, {}, []).catch((e: CliError) => e);
    expect((error as CliError).exitCode).toBe(2);
  });
});

describe('registerlab plan', () => {
  it('prints a plan that the schema accepts', async () => {
    const { code, out } = await run(planCommand, {}, [script('ok.msc', clean)]);
    expect(code).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(out));
    expect(plan.steps.map((s) => s.kind)).toEqual(['require', 'create-dataset', 'import', 'tabulate']);
  });

  it('prints diagnostics on stderr and exits 1 when the script has errors', async () => {
    const { code, out, err } = await run(planCommand, {}, [script('bad.msc', broken)]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('error unknown-variable');
  });
});
