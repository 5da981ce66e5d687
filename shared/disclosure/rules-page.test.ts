import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config, type DisclosureConfig } from './config';
import type { RuleId } from './decision';
import { perturbationTableFor } from './ptable';
import { renderRulesPage } from './rules-page';

const ruleIds: RuleId[] = [
  'T1',
  'T2',
  'T5',
  'T6',
  'T7',
  'T8',
  'PCT',
  'P1',
  'L1',
  'CK',
  'MAG',
  'NK',
  'DIFF',
  'MODEL',
  'BUDGET',
];

function changed(change: (c: DisclosureConfig) => void): DisclosureConfig {
  const copy = structuredClone(config) as DisclosureConfig;
  change(copy);
  return copy;
}

describe('public rules page', () => {
  it.each(['nb', 'en'] as const)('renders the default rules in %s', async (lang) => {
    await expect(renderRulesPage(config, lang)).toMatchFileSnapshot(`__snapshots__/rules-page.${lang}.md`);
  });

  it.each(['nb', 'en'] as const)('has a section for every rule in %s', (lang) => {
    const page = renderRulesPage(config, lang);
    for (const id of ruleIds) expect(page).toContain(`## ${id}: `);
  });

  it('shows the thresholds in force, in each language’s number format', () => {
    expect(renderRulesPage(config, 'nb')).toContain('minst 1\u00a0000 enheter');
    expect(renderRulesPage(config, 'en')).toContain('at least 1,000 units');
    expect(renderRulesPage(config, 'en')).toContain('more than 50% of the non-empty cells');
  });

  it.each<[string, (c: DisclosureConfig) => void, string, string]>([
    ['T1', (c) => (c.population.minUnits = 2500), 'at least 2,500 units', 'minst 2\u00a0500 enheter'],
    ['T7', (c) => (c.summary.minUnits = 20), 'need at least 20 units', 'krever minst 20 enheter'],
    ['T8', (c) => (c.rounding.significantDigits = 4), 'with 4 significant digits', 'med 4 gjeldende sifre'],
    [
      'BUDGET',
      (c) => (c.budget.maxQueries = 1500),
      'may release 1,500 outputs',
      'hente ut 1\u00a0500 resultater',
    ],
  ])('changes with the config (%s)', (_id, change, en, nb) => {
    const other = changed(change);
    expect(renderRulesPage(other, 'en')).toContain(en);
    expect(renderRulesPage(other, 'nb')).toContain(nb);
    expect(renderRulesPage(config, 'en')).not.toContain(en);
  });

  it('prints the perturbation table the rules use, row for row', () => {
    const page = renderRulesPage(config, 'en');
    const lines = page.split('\n').filter((l) => /^\| (≥ )?\d+ \|/.test(l));
    const rows = perturbationTableFor(config).rows;
    expect(lines).toHaveLength(rows.length);
    lines.forEach((line, i) => {
      const cells = line
        .split('|')
        .slice(2, -1)
        .map((c) => c.trim());
      const shown = cells.filter((c) => c !== '').map(Number);
      const row = rows[i];
      expect(shown).toEqual(row?.probabilities.map((p) => Math.round(p * 10000) / 100));
      expect(shown.reduce((s, p) => s + p, 0)).toBeCloseTo(100, 1);
    });
  });

  it('prints a larger table for a larger maximum deviation', () => {
    const wide = changed((c) => (c.cellKey.maxDeviation = 7));
    expect(renderRulesPage(wide, 'en')).toContain('| True count | -7 |');
  });
});
