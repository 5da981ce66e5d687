import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandSpecs } from './commands/registry';
import { compile } from './compile';
import { LineIndex } from './spans';
import { fixtureCatalogs } from './test-support/fixture-catalog';

/**
 * Golden cases: `golden/<command>/<case>.msc`, compiled against the fixture catalogues.
 * `ok-*` cases must check clean and plan a step of their command; their plan is kept in
 * `<case>.plan.json`. `err-*` cases must have errors, including the codes listed on a first
 * line `// expect: code, code`. Every case keeps its diagnostics in `<case>.diagnostics.txt`.
 */
const goldenDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');
const MACRO = new Set(['let', 'for', 'end']);

const cases = readdirSync(goldenDir)
  .sort()
  .flatMap((command) =>
    readdirSync(path.join(goldenDir, command))
      .filter((f) => f.endsWith('.msc'))
      .sort()
      .map((file) => ({ command, name: file.slice(0, -4), file: path.join(goldenDir, command, file) })),
  );

function diagnosticsText(text: string, result: ReturnType<typeof compile>): string {
  const lines = new LineIndex(text);
  return result.diagnostics
    .map((d) => {
      const at = lines.locate(d.span);
      const source = JSON.stringify(text.slice(d.span.start, d.span.end));
      return `${at.line}:${at.column} (${at.length}) ${d.severity} ${d.code}: ${d.message_en} ${source}\n`;
    })
    .join('');
}

describe('golden cases', () => {
  it('cover every command with at least one valid and one invalid case', () => {
    const missing = commandSpecs.flatMap((spec) =>
      ['ok', 'err']
        .filter((kind) => !cases.some((c) => c.command === spec.name && c.name.startsWith(`${kind}-`)))
        .map((kind) => `${spec.name}/${kind}`),
    );
    expect(missing).toEqual([]);
    expect(cases.every((c) => commandSpecs.some((s) => s.name === c.command))).toBe(true);
  });

  it.each(cases)('$command/$name', async ({ command, name, file }) => {
    const text = readFileSync(file, 'utf8');
    const result = compile(text, fixtureCatalogs);
    const base = file.slice(0, -4);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (name.startsWith('ok-')) {
      expect(errors, diagnosticsText(text, result)).toEqual([]);
      expect(result.plan).not.toBeNull();
      if (!MACRO.has(command)) expect(result.plan!.steps.map((s) => s.kind)).toContain(command);
      await expect(`${JSON.stringify(result.plan, null, 2)}\n`).toMatchFileSnapshot(`${base}.plan.json`);
    } else {
      expect(errors.length).toBeGreaterThan(0);
      expect(result.plan).toBeNull();
      const expected = /^\/\/ expect: (.+)$/m.exec(text)?.[1]?.split(/,\s*/) ?? [];
      expect(expected.length).toBeGreaterThan(0);
      for (const code of expected) expect(result.diagnostics.map((d) => d.code)).toContain(code);
    }
    await expect(diagnosticsText(text, result)).toMatchFileSnapshot(`${base}.diagnostics.txt`);
  });
});
