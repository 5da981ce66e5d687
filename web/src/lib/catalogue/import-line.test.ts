import { describe, expect, it } from 'vitest';
import { importLineFor, shortName } from './import-line';

const kjonn = {
  name: 'BEFOLKNING_KJOENN',
  datastore: 'no.ssb.fdb',
  datastoreVersion: '1.0.0.0',
  temporality: 'FIXED' as const,
  validFrom: null,
  validTo: null,
};

describe('import line', () => {
  it('adds a require line when the script has none, and imports a fixed variable without a date', () => {
    expect(importLineFor(kjonn, null, 'create-dataset d\n')).toEqual({
      require: 'require no.ssb.fdb:1 as db',
      line: 'import db/BEFOLKNING_KJOENN as kjoenn',
    });
  });

  it("reuses the script's alias and dates a status variable at its last valid date", () => {
    const text = 'require no.ssb.fdb:1 as fdb\ncreate-dataset d\n';
    const bosted = {
      ...kjonn,
      name: 'BOSATTEFDT_BOSTED',
      temporality: 'STATUS' as const,
      validTo: '2023-01-01',
    };
    expect(importLineFor(bosted, null, text)).toEqual({
      require: null,
      line: 'import fdb/BOSATTEFDT_BOSTED 2023-01-01 as bosted',
    });
  });

  it('uses import-event with a period for event variables', () => {
    const event = {
      ...kjonn,
      name: 'X_Y',
      temporality: 'EVENT' as const,
      validFrom: '2001-01-01',
      validTo: '2002-12-31',
    };
    expect(importLineFor(event, null, 'require no.ssb.fdb:1 as db').line).toBe(
      'import-event db/X_Y 2001-01-01 to 2002-12-31 as y',
    );
    expect(shortName('INNTEKT_WYRKINNT')).toBe('wyrkinnt');
  });
});
