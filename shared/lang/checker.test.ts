import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import type { StepOf } from './plan';
import { fixtureCatalogs } from './test-support/fixture-catalog';
import { marked } from './test-support/marked';
import { compileFixture } from './test-support/matchers';

const head = `require no.ssb.fdb:33 as db
create-dataset p
import db/BEFOLKNING_KJOENN as kjonn
import db/BEFOLKNING_MOR_FNR as mor
import db/INNTEKT_WLONN 2019-12-31 as lonn
`;

const errors = (text: string) =>
  compileFixture(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.code);

describe('checker: pseudonymised ids', () => {
  it('allows them as keys in merge ... on and collapse ..., by(), and carried along by merge', () => {
    expect(
      `${head}create-dataset mothers\nimport db/INNTEKT_WLONN 2019-12-31 as lonn_mor\nmerge lonn_mor into p on mor\nuse p\ncollapse (mean) lonn, by(mor)`,
    ).toCheckClean();
    expect(
      `${head}create-dataset jobs\nimport db/ARBEIDSFORHOLD_PERSON as person\nmerge person into p on PERSONID_1`,
    ).toCheckClean();
  });

  it('refuses them in expressions, output and analyses', () => {
    expect(marked`${head}generate x = ⟦mor⟧ + 1`).toReport('pseudonym-misuse');
    expect(marked`${head}keep if sysmiss(⟦mor⟧)`).toReport('pseudonym-misuse');
    expect(marked`${head}regress lonn ⟦mor⟧`).toReport('pseudonym-misuse');
    expect(marked`${head}histogram lonn, by(⟦mor⟧)`).toReport('pseudonym-misuse');
    expect(marked`${head}tabulate ⟦PERSONID_1⟧`).toReport('pseudonym-misuse');
    expect(marked`${head}drop ⟦PERSONID_1⟧`).toReport('pseudonym-misuse');
  });

  it('uses the unit id of the dataset (PERSONID_1) only as a key', () => {
    expect(
      `${head}create-dataset ev\nimport-event db/SIVSTANDFDT_SIVSTAND 2000-01-01 to 2005-01-01 as s\ncollapse (count) s, by(PERSONID_1)\nmerge s into p`,
    ).toCheckClean();
  });
});

describe('checker: workspace', () => {
  it('follows datasets in use, their units and their shape', () => {
    expect(
      `${head}clone-units p panel\nuse panel\nimport-panel db/INNTEKT_WLONN db/BEFOLKNING_KJOENN 2018-12-31 2019-12-31\ntabulate-panel BEFOLKNING_KJOENN\nsummarize-panel INNTEKT_WLONN\ngenerate år = year(date@panel)\nreshape-from-panel\nsummarize INNTEKT_WLONN17896`,
    ).toCheckClean();
    expect(
      `${head}import db/INNTEKT_WLONN 2020-12-31 as lonn20\nrename lonn lonn19\nreshape-to-panel lonn\ntabulate-panel kjonn\nreshape-from-panel\nsummarize lonn19 lonn20\ntabulate kjonn19`,
    ).toCheckClean();
    expect(marked`${head}⟦reshape-from-panel⟧`).toReport('not-a-panel');
  });

  it('turns a dataset into event rows with START@ and STOP@ variables', () => {
    expect(
      `require no.ssb.fdb as db\ncreate-dataset e\nimport-event db/SIVSTANDFDT_SIVSTAND 2018-01-01 to 2018-12-31 as s\nreplace STOP@s = date(2018,12,31) if STOP@s > date(2018,12,31)\ngenerate dager = STOP@s - START@s + 1\ncollapse (sum) dager, by(PERSONID_1)`,
    ).toCheckClean();
  });

  it('changes the unit after collapse by a pseudonymised id or a plain variable', () => {
    expect(
      `${head}create-dataset jobs\nimport db/ARBLONN_ARB_ARBEIDSTID 2020-01-16 as hours\nimport db/ARBEIDSFORHOLD_PERSON as person\ncollapse (sum) hours, by(person)\nmerge hours into p`,
    ).toCheckClean();
    expect(
      marked`${head}create-dataset jobs\nimport db/ARBLONN_ARB_ARBEIDSTID 2020-01-16 as hours\n⟦merge hours into p⟧`,
    ).toReport('merge-unit-mismatch');
    expect(
      `${head}import db/BEFOLKNING_KOMMNR_FAKTISK 2019-01-01 as kommune\nclone-dataset p k\nuse k\ncollapse (mean) lonn -> snitt, by(kommune)\nmerge snitt into p on kommune`,
    ).toCheckClean();
  });

  it('keeps the first import as the population and refuses other unit types', () => {
    const plan = compileFixture(`${head}import db/INNTEKT_BRUTTOFORM 2019-12-31 as formue, outer_join`).plan!;
    const imports = plan.steps.filter((s): s is StepOf<'import'> => s.kind === 'import');
    expect(imports.map((s) => s.join)).toEqual(['defines-population', 'left', 'left', 'outer']);
  });

  it('types expressions: strings and numbers do not mix, conditions are numeric', () => {
    expect(marked`${head}generate y = kjonn ⟦==⟧ 1`.text).toContain('==');
    expect(errors(`${head}generate y = kjonn == 1`)).toEqual(['type-mismatch']);
    expect(errors(`${head}keep if kjonn`)).toEqual(['type-mismatch']);
    expect(errors(`${head}replace kjonn = 1`)).toEqual(['type-mismatch']);
    expect(errors(`${head}replace kjonn = .`)).toEqual([]);
    expect(errors(`${head}generate y = rowmax(lonn, kjonn)`)).toEqual(['type-mismatch']);
    expect(errors(`${head}generate y = inlist(kjonn, '1', 2)`)).toEqual(['type-mismatch']);
    expect(errors(`${head}generate y = string(lonn) ++ '_' ++ substr(kjonn, 1, 1)`)).toEqual([]);
    expect(errors(`${head}generate y = lonn ++ '_'`)).toEqual(['unknown-variable']);
    expect(errors(`${head}regress lonn i.kjonn`)).toEqual([]);
    expect(errors(`${head}regress lonn kjonn`)).toEqual(['numeric-required']);
  });

  it('gives one diagnostic for one mistake: what a failed command defines is not reported again', () => {
    expect(errors(`${head}generate y = nosuch + 1\nsummarize y\ngenerate z = y * 2\ntabulate z`)).toEqual([
      'unknown-variable',
    ]);
    expect(errors(`${head}import db/NOSUCH 2019-01-01 as x\nsummarize x`)).toEqual([
      'unknown-register-variable',
    ]);
    expect(errors(`${head}import db/INNTEKT_WLONN 2019-01-01 as\nsummarize whatever`)).toEqual(['expected']);
  });
});

describe('checker: datastores', () => {
  it('resolves several datastores by name and lists them in the plan', () => {
    const result = compileFixture(
      'require no.ssb.fdb:33 as db\nrequire no.fhi.npr:2 as npr\ncreate-dataset p\nimport db/BEFOLKNING_KJOENN as kjonn\nimport npr/NPR_ANTALL_OPPHOLD 2020-12-31 as opphold',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.plan!.datastores).toEqual([
      { alias: 'db', name: 'no.ssb.fdb', versionRequested: '33', versionUsed: '33.0.0.0' },
      { alias: 'npr', name: 'no.fhi.npr', versionRequested: '2', versionUsed: '2.1.0.0' },
    ]);
    const step = result.plan!.steps[4] as StepOf<'import'>;
    expect(step.variable).toEqual({
      datastore: 'no.fhi.npr',
      alias: 'npr',
      name: 'NPR_ANTALL_OPPHOLD',
      unitType: 'person',
      temporality: 'ACCUMULATED',
      valueType: 'integer',
      codeList: null,
      pseudonymOf: null,
    });
  });

  it('warns (not errs) when the requested version is not the one available, and says which is used', () => {
    const result = compileFixture('require no.ssb.fdb:12 as db');
    expect(result.diagnostics.map((d) => [d.severity, d.message_en])).toEqual([
      ['warning', 'no.ssb.fdb version 12 is not available here; version 33.0.0.0 is used.'],
    ]);
    expect(result.plan).not.toBeNull();
  });

  it('says which datastores it lacks, so a caller can fetch them and compile again', () => {
    const result = compile(
      'require no.fhi.npr as npr\ncreate-dataset p\nimport-event npr/NPR_HOVEDDIAGNOSE 2019-01-01 to 2019-12-31',
      [fixtureCatalogs[0]!],
    );
    expect(result.needs).toEqual({ datastores: ['no.fhi.npr'] });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-datastore']);
  });
});

describe('checker: plans are fully resolved', () => {
  it('types every expression node and resolves variables to columns', () => {
    const plan = compileFixture(
      `${head}generate y = substr(kjonn, 1, 1) == '1' & lonn > 2019-01-01 if !sysmiss(lonn)`,
    ).plan!;
    const step = plan.steps.at(-1) as StepOf<'generate'>;
    expect(step).toMatchObject({ kind: 'generate', dataset: 'p', target: 'y', type: 'number', line: 6 });
    expect(step.expression).toEqual({
      kind: 'binary',
      type: 'number',
      op: '&',
      left: {
        kind: 'binary',
        type: 'number',
        op: '==',
        left: {
          kind: 'call',
          type: 'string',
          function: 'substr',
          args: [
            { kind: 'column', type: 'string', name: 'kjonn', valueType: 'string' },
            { kind: 'number', type: 'number', value: 1 },
            { kind: 'number', type: 'number', value: 1 },
          ],
        },
        right: { kind: 'string', type: 'string', value: '1' },
      },
      right: {
        kind: 'binary',
        type: 'number',
        op: '>',
        left: { kind: 'column', type: 'number', name: 'lonn', valueType: 'decimal' },
        right: { kind: 'date', type: 'number', iso: '2019-01-01', days: 17897 },
      },
    });
    expect(step.condition).toMatchObject({
      kind: 'unary',
      op: '!',
      operand: { kind: 'call', function: 'sysmiss' },
    });
  });

  it('parses options into typed fields', () => {
    const plan = compileFixture(
      `${head}tabulate kjonn, summarize(lonn) top(3) rowpct\nregress-predict lonn i.kjonn, robust level(90) residuals(r)`,
    ).plan!;
    expect((plan.steps.at(-2) as StepOf<'tabulate'>).options).toEqual({
      summarize: 'lonn',
      top: 3,
      rowpct: true,
    });
    const model = plan.steps.at(-1) as StepOf<'regress-predict'>;
    expect(model.options).toEqual({ robust: true, level: 90, residuals: 'r' });
    expect(model.terms).toEqual([
      { factors: [{ name: 'kjonn', type: 'string', prefix: 'i' }], interaction: null },
    ]);
  });
});
