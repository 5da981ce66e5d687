import { describe, expect, it } from 'vitest';
import type { VariableFact } from '../catalog/facts';
import { coverageOf, scheduleOf } from './schedule';

const fact = (
  name: string,
  temporality: VariableFact['temporality'],
  validFrom: string | null,
  validTo: string | null,
): VariableFact => ({
  name,
  unitType: 'person',
  temporality,
  valueType: 'integer',
  validFrom,
  validTo,
  pseudonymOf: null,
  realCodeList: null,
  codes: null,
  weights: null,
  numeric: null,
  encoding: null,
  inferred: null,
});

describe('scheduleOf', () => {
  it('measures the population register every 1 January, including the one after the range', () => {
    const s = scheduleOf(fact('BEFOLKNING_X', 'STATUS', '2005-01-01', '2025-01-01'), 2010, 2024);
    expect(s).toMatchObject({ kind: 'snapshots', cadence: 'annual' });
    expect(s.kind === 'snapshots' && s.dates).toEqual(
      Array.from({ length: 16 }, (_, k) => `${2010 + k}-01-01`),
    );
  });

  it('clips annual snapshots to the validity and keeps its month-day', () => {
    const s = scheduleOf(fact('REGSYS_X', 'STATUS', '2015-11-16', '2019-11-16'), 2010, 2024);
    expect(s.kind === 'snapshots' && s.dates).toEqual([
      '2015-11-16',
      '2016-11-16',
      '2017-11-16',
      '2018-11-16',
      '2019-11-16',
    ]);
  });

  it('measures a-ordningen monthly, on the 16th or on the last day of each month', () => {
    const mid = scheduleOf(fact('ARBLONN_ARB_X', 'STATUS', '2015-01-16', '2025-09-16'), 2020, 2020);
    expect(mid.kind === 'snapshots' && mid.dates).toEqual(
      Array.from({ length: 12 }, (_, k) => `2020-${String(k + 1).padStart(2, '0')}-16`),
    );
    const end = scheduleOf(fact('ARBLONN_PERS_X', 'STATUS', '2015-01-31', '2025-09-30'), 2020, 2020);
    expect(end.kind === 'snapshots' && end.dates.slice(0, 3)).toEqual([
      '2020-01-31',
      '2020-02-29',
      '2020-03-31',
    ]);
  });

  it('accumulates over calendar years inside the validity, and over months for a-ordningen', () => {
    const y = scheduleOf(fact('INNTEKT_X', 'ACCUMULATED', '1993-01-01', '2023-12-31'), 2010, 2024);
    expect(y.kind === 'periods' && [y.periods.length, y.periods[0], y.periods.at(-1)]).toEqual([
      14,
      { start: '2010-01-01', stop: '2010-12-31' },
      { start: '2023-01-01', stop: '2023-12-31' },
    ]);
    const m = scheduleOf(fact('ARBLONN_LONN_X', 'ACCUMULATED', '2016-09-01', '2025-09-30'), 2016, 2016);
    expect(m.kind === 'periods' && m.periods).toEqual([
      { start: '2016-09-01', stop: '2016-09-30' },
      { start: '2016-10-01', stop: '2016-10-31' },
      { start: '2016-11-01', stop: '2016-11-30' },
      { start: '2016-12-01', stop: '2016-12-31' },
    ]);
  });

  it('keeps the last three years of a variable valid only before the range', () => {
    const s = scheduleOf(fact('PENSJ_X', 'STATUS', '1967-12-31', '1990-12-31'), 2010, 2024);
    expect(s.kind === 'snapshots' && s.dates).toEqual(['1988-12-31', '1989-12-31', '1990-12-31']);
  });

  it('lets event histories reach back to the start of the validity and end at the range or validity', () => {
    const f = fact('SIVSTANDFDT_X', 'EVENT', '1991-01-01', '2023-12-31');
    const s = scheduleOf(f, 2010, 2024);
    expect(s).toEqual({ kind: 'spells', from: '1991-01-01', to: '2023-12-31' });
    expect(coverageOf(s, f)).toEqual({ validFrom: '1991-01-01', validTo: '2023-12-31' });
    expect(scheduleOf(fact('X', 'EVENT', null, null), 2010, 2020)).toEqual({
      kind: 'spells',
      from: '1900-01-01',
      to: '2020-12-31',
    });
  });
});
