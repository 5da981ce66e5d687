import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandSpecs } from './commands/registry';
import { functions } from './functions/registry';
import { referenceDir } from './test-support/examples';

const spec = readFileSync(path.join(referenceDir, 'spec', 'language.md'), 'utf8');

function section(title: string): string {
  const start = spec.indexOf(title);
  const next = spec.indexOf('\n## ', start + title.length);
  return spec.slice(start, next < 0 ? undefined : next);
}

const codeSpans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('the registries cover language.md', () => {
  it('has every command of the command table', () => {
    const table = section('## Commands')
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| group') && !l.startsWith('| ---'));
    const names = table
      .flatMap((row) =>
        row
          .split('|')[2]!
          .split('/')
          .map((n) => n.trim()),
      )
      .filter((n) => /^[a-z][a-z-]*$/.test(n));
    const session = section('## Commands')
      .match(/\| session \| ([^|]+) \|/)![1]!
      .split('/')
      .map((n) => n.trim());
    const more = ['edit', 'load', 'save', 'variables'];
    const wanted = [...new Set([...names, ...session, ...more])];
    expect(wanted.length).toBeGreaterThan(60);
    const known = new Set(commandSpecs.map((c) => c.name));
    expect(wanted.filter((n) => !known.has(n))).toEqual([]);
    for (const model of [
      'regress',
      'logit',
      'probit',
      'mlogit',
      'poisson',
      'negative-binomial',
      'ivregress',
      'regress-panel',
      'regress-mml',
    ]) {
      expect(known.has(`${model}-predict`), `${model}-predict`).toBe(true);
    }
  });

  it('has every function of the function lists and the manual extras', () => {
    // The section title names the commands functions are used in; the lists follow it.
    const body = section('## Functions');
    const listed = codeSpans(body.slice(body.indexOf('\n')))
      .flatMap((s) => s.split(/\s+/))
      .map((s) => s.replace(/\(.*$/, ''))
      .filter((s) => /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(s));
    const extras = codeSpans(
      spec.slice(spec.indexOf('- More functions:'), spec.indexOf('- Bindings:')),
    ).filter((s) => /^\w+$/.test(s));
    const wanted = [...new Set([...listed, ...extras])];
    expect(wanted).toContain('isoformatdate');
    expect(wanted).toContain('invttail');
    expect(wanted.filter((n) => !functions.has(n))).toEqual([]);
  });

  it('has the options language.md names', () => {
    const option = (command: string, name: string) =>
      commandSpecs.find((c) => c.name === command)?.options.some((o) => o.name === name);
    for (const name of [
      'missing',
      'nolabels',
      'rowpct',
      'colpct',
      'cellpct',
      'freq',
      'summarize',
      'top',
      'bottom',
      'chi2',
      'flatten',
      'colsort',
      'rowsort',
      'p25',
      'p50',
      'p75',
      'gini',
      'iqr',
    ]) {
      expect(option('tabulate', name), `tabulate ${name}`).toBe(true);
    }
    for (const name of ['robust', 'cluster', 'level', 'noconstant', 'standardize'])
      expect(option('regress', name), name).toBe(true);
    for (const name of ['mfx', 'mfx_at', 'or', 'margins']) expect(option('logit', name), name).toBe(true);
    for (const name of ['residuals', 'predicted', 'cooksd'])
      expect(option('regress-predict', name), name).toBe(true);
    expect(option('import', 'outer_join')).toBe(true);
    expect(option('barchart', 'over')).toBe(true);
    expect(option('summarize', 'gini')).toBe(true);
  });
});
