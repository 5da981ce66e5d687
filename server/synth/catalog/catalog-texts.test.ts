import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReferenceLists } from '../codelists/reference-lists';
import { defaultReference } from '../ensure-datastore';
import { assembleCodeLists } from '../write/manifest';
import { fallbackTexts, loadCatalogTexts } from './catalog-texts';
import { loadFacts } from './facts';

describe('catalogue texts', () => {
  it('uses the written texts and code lists when they are there', () => {
    const warnings: string[] = [];
    const texts = loadCatalogTexts((m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect(texts.variables.get('BEFOLKNING_KJOENN')?.title.en).toBeTruthy();
    const lists = readReferenceLists(defaultReference, () => {});
    const { byVariable, codeLists } = assembleCodeLists(loadFacts(), lists, texts, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect(byVariable.get('ARBLONN_ARB_YRKE_STYRK08')).toBe('styrk08');
    const sex = codeLists.find((c) => c.name === byVariable.get('BEFOLKNING_KJOENN'));
    expect(sex?.codes.map((c) => c.code).sort()).toEqual(['1', '2']);
  });

  it('labels each variable’s codes with the same codes the generator draws', () => {
    const texts = loadCatalogTexts(() => {});
    const byVariable = new Map(texts.codeLists.flatMap((l) => l.variables.map((v) => [v, l] as const)));
    for (const fact of loadFacts().filter((f) => f.codes && !f.realCodeList)) {
      const list = byVariable.get(fact.name);
      if (list) expect(list.codes.map((c) => c.code).sort(), fact.name).toEqual([...fact.codes!].sort());
    }
  });

  it('falls back to names and bare codes, with warnings, while the texts are missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'no-texts-'));
    writeFileSync(path.join(dir, 'codelists.json'), '{"not": "a list"}');
    const warnings: string[] = [];
    const texts = loadCatalogTexts((m) => warnings.push(m), {
      texts: path.join(dir, 'texts.json'),
      codeLists: path.join(dir, 'codelists.json'),
    });
    rmSync(dir, { recursive: true });
    expect(warnings).toHaveLength(2);
    expect(texts.variables.size).toBe(0);
    expect(fallbackTexts('BEFOLKNING_KJOENN').title).toEqual({
      nb: 'BEFOLKNING KJOENN',
      en: 'BEFOLKNING KJOENN',
    });
    const lists = readReferenceLists(defaultReference, () => {});
    const { byVariable, codeLists } = assembleCodeLists(loadFacts(), lists, texts, (m) => warnings.push(m));
    expect(warnings.at(-1)).toMatch(/no labels yet/);
    const sex = codeLists.find((c) => c.name === byVariable.get('BEFOLKNING_KJOENN'));
    expect(sex?.codes.find((c) => c.code === '1')?.label).toEqual({ nb: '1', en: '1' });
  });
});
