import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from './main';

describe('registerlab synth: bad input', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'synth-cli-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const out = path.join(root, 'ds');

  it.each([
    [['--out', out, '--persons', 'ten'], /whole number/],
    [['--out', out, '--persons', '0'], /at least 1/],
    [['--out', out, '--persons', '-5'], /at least 1/],
    [['--out', out, '--persons', '100', '--from', '2020', '--to', '2010'], /after --to/],
    [['--out', out, '--persons', '100', '--seed', 'x'], /whole number/],
    [['--out', out, '--persons', '100', '--colour', 'red'], /unknown option --colour/],
    [['--persons', '100'], /--out DIR is required/],
    [['--out', out], /--persons N is required/],
    [['--out', out, '--persons', '100', 'extra'], /unexpected argument/],
    [['--out', out, '--persons', '100', '--reference', path.join(root, 'nope')], /does not exist/],
  ])('refuses %j with exit code 2 and writes nothing', async (argv, message) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const code = await main(['synth', ...argv]);
    expect(code).toBe(2);
    expect(errors.mock.calls.flat().join('\n')).toMatch(message);
    errors.mockRestore();
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses a non-empty output directory without --force and leaves it alone', async () => {
    mkdirSync(out);
    writeFileSync(path.join(out, 'keep.txt'), 'mine');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['synth', '--out', out, '--persons', '100'])).toBe(2);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/not empty.*--force/);
    errors.mockRestore();
    expect(readdirSync(out)).toEqual(['keep.txt']);
    expect(readdirSync(root)).toEqual(['ds']);
  });
});
