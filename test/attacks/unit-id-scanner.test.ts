import { beforeAll, describe, expect, it } from 'vitest';
import { testDatastoreDir } from '../fixtures/datastore';
import { findUnitIdLeaks, loadUnitIds, type UnitIdSet } from './support/unit-id-scanner';

let ids: UnitIdSet;
let some: string;
beforeAll(async () => {
  ids = await loadUnitIds(testDatastoreDir());
  some = [...ids.exact][Math.floor(ids.size / 2)]!;
});

describe('the unit id scanner used by every attack', () => {
  it('knows every unit of the test datastore (persons and the other unit types)', () => {
    expect(ids.size).toBeGreaterThan(10_000);
    expect(some).toMatch(/^-?\d{6,}$/);
  });

  it('finds an id planted anywhere in an output, in every form it could take', () => {
    const table = (v: unknown) => ({
      kind: 'table',
      table: { rows: [{ header: ['a'], cells: [{ value: v }] }] },
    });
    expect(findUnitIdLeaks(table(some), ids)).toEqual([{ text: some, kind: 'unit-id' }]);
    expect(findUnitIdLeaks(table(Number(some)), ids)).toHaveLength(1);
    expect(findUnitIdLeaks({ title: `person ${some} earns` }, ids)).toHaveLength(1);
    const grouped = some.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
    expect(findUnitIdLeaks({ note: grouped }, ids)).toHaveLength(1);
    expect(findUnitIdLeaks({ x: Number(some).toExponential(16) }, ids)).toHaveLength(1);
  });

  it('finds the names of hidden id and key columns', () => {
    expect(findUnitIdLeaks({ columns: [{ key: '@unit' }] }, ids)).toEqual([
      { text: '@unit', kind: 'hidden-column' },
    ]);
  });

  it('stays quiet on ordinary outputs', () => {
    const output = {
      kind: 'table',
      table: { title: 'kjonn', rows: [{ cells: [{ value: 5012 }, { value: 48.7 }] }] },
    };
    expect(findUnitIdLeaks(output, ids)).toEqual([]);
  });
});
