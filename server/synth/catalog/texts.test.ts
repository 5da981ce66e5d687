import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { referenceDir } from '../../config/paths';
import { SUBJECTS } from './subjects';

interface Bilingual {
  nb: string;
  en: string;
}
interface VariableTexts {
  title: Bilingual;
  description: Bilingual;
  subject: Bilingual;
}
interface CodeList {
  name: string;
  title: Bilingual;
  codes: { code: string; nb: string; en: string }[];
  variables: string[];
}
interface ReferenceVariable {
  description?: string;
  short_title?: string | null;
  labels?: Record<string, string>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const textsRaw = readFileSync(path.join(here, 'texts.json'), 'utf8');
const texts = JSON.parse(textsRaw) as Record<string, VariableTexts>;
const codelists = JSON.parse(readFileSync(path.join(here, 'codelists.json'), 'utf8')) as CodeList[];
const referenceRaw = readFileSync(path.join(referenceDir, 'catalog/variables.json'), 'utf8');
const referenceAll = JSON.parse(referenceRaw) as {
  variables: Record<string, ReferenceVariable>;
};
// `distribution` is a malformed non-variable in the reference catalogue.
const reference = Object.fromEntries(
  Object.entries(referenceAll.variables).filter(([name]) => name !== 'distribution'),
);
const names = Object.keys(reference).sort();

/** The reference description without its trailing unit/time metadata. */
function referenceSentence(v: ReferenceVariable): string {
  return (v.description ?? '').replace(/\s*Enhetstype:[\s\S]*$/, '').trim();
}

/**
 * The codes of a variable's labels in file order. JSON.parse puts integer-like keys ("0", "101") first in numeric
 * order, so the order is read from the pretty-printed source text instead.
 */
function referenceCodeOrder(name: string): string[] {
  const start = referenceRaw.indexOf(`\n    ${JSON.stringify(name)}: {`);
  const end = referenceRaw.indexOf('\n    }', start);
  const variable = referenceRaw.slice(start, end);
  const labelsStart = variable.indexOf('\n      "labels": {');
  const labels = variable.slice(labelsStart, variable.indexOf('\n      }', labelsStart));
  return [...labels.matchAll(/^ {8}("(?:[^"\\]|\\.)*"):/gm)].map((m) => JSON.parse(m[1]!) as string);
}

/** Folds Norwegian letters and the ASCII spellings the reference uses for them (ø/oe/oee, æ/ae, å/aa/a) to one form. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/ø|oee?/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/å|aa/g, 'a');
}

describe('texts.json', () => {
  it('has every reference variable exactly once, in sorted order', () => {
    expect(names).toHaveLength(735);
    expect(Object.keys(texts)).toEqual(names);
    for (const name of names) expect(textsRaw.split(`\n  "${name}": {`)).toHaveLength(2);
  });

  it('fills every text in both languages', () => {
    for (const [name, t] of Object.entries(texts)) {
      for (const part of [t.title, t.description, t.subject]) {
        for (const s of [part.nb, part.en]) {
          expect(s.trim(), name).not.toBe('');
          expect(s, name).toBe(s.trim());
        }
      }
      expect(t.title.nb.length, name).toBeLessThanOrEqual(64);
      expect(t.title.en.length, name).toBeLessThanOrEqual(64);
      expect(t.description.nb, name).not.toBe(t.description.en);
    }
  });

  it('files every variable under one of the fixed subjects', () => {
    const allowed = new Set(SUBJECTS.map((s) => `${s.nb}|${s.en}`));
    for (const [name, t] of Object.entries(texts))
      expect(allowed.has(`${t.subject.nb}|${t.subject.en}`), name).toBe(true);
  });

  it('words titles and descriptions in its own way', () => {
    const sameTitle = names.filter((n) => texts[n]?.title.nb === reference[n]?.short_title);
    expect(sameTitle.length / names.length).toBeLessThan(0.02);
    for (const name of names) {
      const sentence = referenceSentence(reference[name]!).replace(/\.$/, '');
      expect(texts[name]!.description.nb, name).not.toBe(referenceSentence(reference[name]!));
      if (sentence.length > 25) expect(texts[name]!.description.nb, name).not.toContain(sentence);
    }
  });

  it('uses the agreed example wording', () => {
    expect(texts.INNTEKT_WLONN?.title).toEqual({ nb: 'Lønnsinntekt', en: 'Wage income' });
    expect(texts.BEFOLKNING_KJOENN?.subject).toEqual({ nb: 'Befolkning', en: 'Population' });
  });
});

describe('codelists.json', () => {
  const labelled = names.filter((n) => reference[n]?.labels);

  it('has unique kebab-case names and non-empty titles', () => {
    const listNames = codelists.map((c) => c.name);
    expect(new Set(listNames).size).toBe(listNames.length);
    for (const c of codelists) {
      expect(c.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.title.nb && c.title.en, c.name).toBeTruthy();
    }
  });

  it('assigns every labelled variable to exactly one list, and no other variable', () => {
    const assigned = codelists.flatMap((c) => c.variables);
    expect([...assigned].sort()).toEqual(labelled);
  });

  it('keeps the reference codes and labels, with an English label for every code', () => {
    for (const list of codelists) {
      for (const variable of list.variables) {
        const labels = reference[variable]!.labels!;
        expect([...list.codes.map((c) => c.code)].sort(), `${list.name}/${variable}`).toEqual(
          Object.keys(labels).sort(),
        );
        for (const c of list.codes) {
          expect(fold(c.nb), `${list.name}/${c.code}`).toBe(fold(labels[c.code]!));
          expect(c.en.trim(), `${list.name}/${c.code}`).not.toBe('');
        }
      }
      expect(list.codes.map((c) => c.code)).toEqual(referenceCodeOrder(list.variables[0]!));
    }
  });

  it('merges identical label sets into one list', () => {
    const signature = (v: string) => JSON.stringify(Object.entries(reference[v]!.labels!).sort());
    const signatures = codelists.map((c) => signature(c.variables[0]!));
    expect(new Set(signatures).size).toBe(codelists.length);
    for (const c of codelists)
      for (const v of c.variables) expect(signature(v)).toBe(signature(c.variables[0]!));
  });

  it('translates known codes', () => {
    const code = (list: string, c: string) =>
      codelists.find((l) => l.name === list)?.codes.find((x) => x.code === c);
    expect(code('kjonn', '2')).toEqual({ code: '2', nb: 'Kvinne', en: 'Female' });
    expect(code('landkode', '000')?.en).toBe('Norway');
    expect(code('landkode', '139')?.en).toBe('United Kingdom');
    expect(code('kommune', '-1')?.en).toBe('Invalid code');
    expect(code('kommune', '0301')?.en).toBe('Oslo');
    expect(code('vaerforhold', '5')).toEqual({ code: '5', nb: 'Tåke', en: 'Fog' });
  });
});
