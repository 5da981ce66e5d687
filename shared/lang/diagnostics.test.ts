import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog';
import { compile, MAX_SCRIPT_LENGTH } from './compile';
import { catalogue, type DiagnosticCode } from './diagnostics';
import { MAX_NESTING } from './parse-expression';
import { fixtureCatalogs } from './test-support/fixture-catalog';
import { type Marked, marked } from './test-support/marked';
import './test-support/matchers';

const persons = `require no.ssb.fdb as db
create-dataset p
import db/BEFOLKNING_KJOENN as kjonn
import db/BEFOLKNING_MOR_FNR as mor
import db/INNTEKT_WLONN 2019-12-31 as lonn
`;

const deep = `${persons}generate x = ${'('.repeat(MAX_NESTING)}⟦(⟧${'('.repeat(10)}1${')'.repeat(MAX_NESTING + 11)}`;

/** A script that triggers each code, with the span where it must be reported marked. */
const cases: Record<
  Exclude<DiagnosticCode, 'internal-error' | 'diagnostics-truncated' | 'script-too-large'>,
  Marked
> = {
  'unexpected-character': marked`help ⟦%⟧`,
  'unterminated-string': marked`help ⟦'abc⟧`,
  'unterminated-comment': marked`help\n⟦/*⟧ never closed`,
  'invalid-date': marked`${persons}import db/BEFOLKNING_STATUSKODE ⟦2019-13-01⟧ as status`,
  'textblock-unterminated': marked`⟦textblock⟧\nsome text`,
  'endblock-without-textblock': marked`help\n⟦endblock⟧`,
  'textblock-start-missing': marked`A title\n-------\n⟦endblock⟧\nhelp`,
  'unknown-binding': marked`let year = 2020\nhelp ⟦$yaer⟧`,
  'let-syntax': marked`⟦let = 3⟧`,
  'binding-evaluation': marked`let x = 1 ⟦/⟧ 0`,
  'binding-function-not-constant': marked`${persons}generate y = ⟦date_fmt(lonn + 1)⟧`,
  'concat-operand': marked`help x ⟦++⟧`,
  'for-syntax': marked`for ⟦i 1 2⟧\nend`,
  'for-length-mismatch': marked`for ⟦a, b in 1 2, x⟧\nend`,
  'for-unclosed': marked`⟦for⟧ i in 1 2\nhelp`,
  'end-without-for': marked`⟦end⟧`,
  'expansion-limit': marked`for i in 1 : 200\nfor j in 1 : 200\n⟦history⟧\nend\nend`,
  'unknown-command': marked`⟦tabulat⟧ x`,
  expected: marked`require no.ssb.fdb:33 ⟦db⟧`,
  'unexpected-token': marked`clear ⟦x⟧`,
  'unclosed-paren': marked`${persons}generate x = ⟦(⟧1 + 2`,
  'expression-too-deep': marked([deep] as unknown as TemplateStringsArray),
  'assignment-in-expression': marked`${persons}keep if lonn ⟦=⟧ 1`,
  'missing-comparison': marked`${persons}keep if ⟦lonn == .⟧`,
  'condition-not-allowed': marked`create-dataset a ⟦if⟧ 1`,
  'unknown-option': marked`${persons}tabulate kjonn, ⟦rowpc⟧`,
  'option-arguments': marked`${persons}tabulate kjonn, ⟦top⟧`,
  'duplicate-option': marked`${persons}tabulate kjonn, freq ⟦freq⟧`,
  'conflicting-options': marked`${persons}histogram lonn, freq ⟦percent⟧`,
  'missing-option': marked`${persons}⟦collapse⟧ (sum) lonn`,
  'argument-count': marked`${persons}hexbin ⟦lonn⟧`,
  'invalid-name': marked`${persons}generate ⟦PERSONID_1⟧ = 1`,
  'unknown-statistic': marked`${persons}collapse (⟦avg⟧) lonn, by(mor)`,
  'label-pairs': marked`define-labels l 1 'a' ⟦2⟧`,
  'label-values-mixed': marked`define-labels l 1 a ⟦'2'⟧ b`,
  'unknown-datastore': marked`require ⟦no.ssb.xyz⟧ as db`,
  'datastore-version-substituted': marked`require ⟦no.ssb.fdb:12⟧ as db`,
  'alias-redefined': marked`require no.ssb.fdb as db\nrequire no.fhi.npr as ⟦db⟧`,
  'missing-require': marked`create-dataset p\nimport ⟦db⟧/BEFOLKNING_KJOENN`,
  'unknown-register-variable': marked`${persons}import db/⟦BEFOLKNING_KJONN⟧ as k`,
  'import-date-not-allowed': marked`${persons}import db/BEFOLKNING_FODELAND ⟦2020-01-01⟧`,
  'import-date-required': marked`${persons}import ⟦db/BEFOLKNING_STATUSKODE⟧ as status`,
  'import-event-not-event': marked`require no.ssb.fdb as db\ncreate-dataset e\nimport-event ⟦db/INNTEKT_WLONN⟧ 2019-01-01 to 2019-12-31`,
  'date-outside-validity': marked`${persons}import db/INNTEKT_WLONN ⟦1980-12-31⟧ as old`,
  'date-range-reversed': marked`require no.ssb.fdb as db\ncreate-dataset e\nimport-event db/SIVSTANDFDT_SIVSTAND ⟦2019-01-01 to 2018-01-01⟧`,
  'unit-type-mismatch': marked`${persons}import ⟦db/ARBLONN_ARB_ARBEIDSTID⟧ 2020-01-16 as hours`,
  'import-target-shape': marked`${persons}⟦import-event⟧ db/SIVSTANDFDT_SIVSTAND 2019-01-01 to 2019-12-31`,
  'no-dataset': marked`⟦tabulate⟧ x`,
  'unknown-dataset': marked`create-dataset people\nuse ⟦peopel⟧`,
  'dataset-exists': marked`create-dataset a\ncreate-dataset ⟦a⟧`,
  'same-dataset': marked`${persons}merge lonn into ⟦p⟧`,
  'not-a-panel': marked`${persons}⟦tabulate-panel⟧ kjonn`,
  'already-panel': marked`${persons}import db/INNTEKT_WLONN 2020-12-31 as lonn20\nrename lonn lonn19\nreshape-to-panel lonn\n⟦reshape-to-panel⟧ lonn`,
  'reshape-prefix-unmatched': marked`${persons}reshape-to-panel ⟦formue⟧`,
  'empty-dataset': marked`create-dataset a\n⟦summarize⟧`,
  'merge-unit-mismatch': marked`${persons}create-dataset jobs\nimport db/ARBLONN_ARB_ARBEIDSTID 2020-01-16 as hours\n⟦merge hours into p⟧`,
  'merge-key-mismatch': marked`${persons}create-dataset q\nimport db/INNTEKT_BRUTTOFORM 2019-12-31 as formue\nmerge formue into p on ⟦kjonn⟧`,
  'unknown-variable': marked`${persons}tabulate ⟦kjon⟧`,
  'variable-alias': marked`require no.ssb.fdb as db\ncreate-dataset p\nimport-panel db/INNTEKT_WLONN 2019-12-31 2020-12-31\nreshape-from-panel\nsummarize ⟦INNTEKT_WLONN2020⟧`,
  'variable-exists': marked`${persons}generate ⟦lonn⟧ = 1`,
  'duplicate-variable': marked`${persons}tabulate kjonn ⟦kjonn⟧`,
  'pseudonym-misuse': marked`${persons}tabulate ⟦mor⟧`,
  'type-mismatch': marked`${persons}generate y = ⟦kjonn⟧ + 1`,
  'numeric-required': marked`${persons}summarize ⟦kjonn⟧`,
  'already-numeric': marked`${persons}destring ⟦lonn⟧`,
  'unknown-function': marked`${persons}generate y = ⟦lgo⟧(lonn)`,
  'function-arity': marked`${persons}generate y = ⟦substr(kjonn, 1)⟧`,
  'keep-drop-form': marked`${persons}⟦keep⟧`,
  'recode-type-mismatch': marked`${persons}recode kjonn (⟦1⟧ = 2)`,
  'invalid-sample': marked`${persons}sample ⟦1.5⟧ 1`,
  'unknown-label-set': marked`${persons}assign-labels kjonn ⟦sexes⟧`,
  'label-type-mismatch': marked`${persons}define-labels sexes 1 Male 2 Female\nassign-labels kjonn ⟦sexes⟧`,
  'not-supported': marked`⟦save⟧ myscript`,
};

describe('every diagnostic code has a script that triggers it', () => {
  it('covers the whole catalogue', () => {
    const special = ['internal-error', 'diagnostics-truncated', 'script-too-large'];
    expect(Object.keys(catalogue).filter((c) => !(c in cases) && !special.includes(c))).toEqual([]);
  });

  it.each(Object.entries(cases))('%s', (code, script) => {
    expect(script.spans).toHaveLength(1);
    expect(script).toReport(code as DiagnosticCode);
  });

  it('internal-error: an exception anywhere becomes one diagnostic, not a crash', () => {
    const broken: Catalog = {
      ...fixtureCatalogs[0]!,
      variable() {
        throw new Error('catalogue exploded');
      },
    };
    const result = compile('require no.ssb.fdb as db\ncreate-dataset a\nimport db/BEFOLKNING_KJOENN', [
      broken,
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'internal-error', severity: 'error' }),
    ]);
    expect(result.diagnostics[0]!.message_en).toContain('catalogue exploded');
    expect(result.plan).toBeNull();
  });

  it('diagnostics-truncated: at most 500 diagnostics and a note counting the rest', () => {
    const result = compile('help %\n'.repeat(600), fixtureCatalogs);
    expect(result.diagnostics).toHaveLength(501);
    const note = result.diagnostics[500]!;
    expect(note.code).toBe('diagnostics-truncated');
    expect(note.message_en).toBe('100 more diagnostics were left out.');
  });

  it('script-too-large: refused whole', () => {
    const result = compile('x'.repeat(MAX_SCRIPT_LENGTH + 1), fixtureCatalogs);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['script-too-large']);
  });

  it('has messages in both languages for every code', () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      const params = new Proxy({}, { get: (_, key) => `<${String(key)}>` }) as never;
      expect(entry.nb(params), code).not.toBe('');
      expect(entry.en(params), code).not.toBe('');
      expect(entry.nb(params), code).not.toBe(entry.en(params));
    }
  });
});
