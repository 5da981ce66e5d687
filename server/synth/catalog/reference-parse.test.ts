import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceDir } from '../../config/paths';
import { loadFacts } from './facts';
import { importReference } from './import-reference';
import { parseValidity, realCodeListOf, valueTypeOf } from './reference-parse';

describe('parseValidity', () => {
  it.each([
    ['Kjønn Enhetstype: Person. Temporalitet: Fast. Gyldighetsperiode: ∞.', { from: null, to: null }],
    ['x. Gyldighetsperiode: 1993-01-01 – 2023-12-31.', { from: '1993-01-01', to: '2023-12-31' }],
    ['x. Gyldighetsperiode: 2011-01-01 - 2024-12-01', { from: '2011-01-01', to: '2024-12-01' }],
    ['x. Gyldighetsperiode: 2015–2023.', { from: '2015-01-01', to: '2023-12-31' }],
    ['x. Gyldighetsperiode: –2023.', { from: null, to: '2023-12-31' }],
    ['x. Gyldighetsperiode: 2022.', { from: '2022-01-01', to: '2022-12-31' }],
    [
      'x. Gyldighetsperiode: 1991–2023. Populasjon: bosatte. 10 kategorier.',
      { from: '1991-01-01', to: '2023-12-31' },
    ],
  ])('reads %j', (description, expected) => {
    expect(parseValidity(description)).toEqual(expected);
  });

  it('returns undefined when no period is stated', () => {
    expect(parseValidity('Arbeidsforhold, person. Enhetstype: Jobb. Temporalitet: Fast.')).toBeUndefined();
  });
});

describe('value types and code lists', () => {
  it('maps microdata datatypes', () => {
    expect(valueTypeOf('Alfanumerisk')).toBe('string');
    expect(valueTypeOf('Alfanumerisk (tid)')).toBe('string');
    expect(valueTypeOf('Numerisk (Heltall)')).toBe('integer');
    expect(valueTypeOf('Heltall')).toBe('integer');
    expect(valueTypeOf('Numerisk (Desimaltall)')).toBe('decimal');
    expect(valueTypeOf('Instant')).toBe('date');
    expect(valueTypeOf(undefined)).toBeUndefined();
  });

  it('sends municipality, education, occupation and industry codes to the real lists', () => {
    expect(realCodeListOf('BOSATTEFDT_BOSTED', 'string')).toBe('KOMMUNE');
    expect(realCodeListOf('NUDB_KURS_NUS', 'string')).toBe('NUS2000');
    expect(realCodeListOf('ARBLONN_ARB_YRKE_STYRK08', 'string')).toBe('STYRK08');
    expect(realCodeListOf('REGSYS_VIRK_NACE1_SN07', 'string')).toBe('NACE_SN07');
    expect(realCodeListOf('ARBLONN_PERS_KOMMNR_KILDE', 'string')).toBeNull();
    expect(realCodeListOf('KVALIFSTZFDT_ANT_KOM', 'integer')).toBeNull();
  });
});

describe('facts.json', () => {
  it('is what the importer makes of the reference catalogue today', () => {
    const fresh = importReference(path.join(referenceDir, 'catalog'));
    expect(loadFacts()).toEqual(fresh.variables);
    expect(fresh.skipped.map((s) => s.name)).toEqual(['distribution']);
    expect(fresh.variables).toHaveLength(735);
  });

  it('states the facts the examples rely on', () => {
    const byName = new Map(loadFacts().map((v) => [v.name, v]));
    expect(byName.get('BOSATTEFDT_BOSTED')).toMatchObject({ valueType: 'string', temporality: 'EVENT' });
    expect(byName.get('SIVSTANDFDT_SIVSTAND')).toMatchObject({ valueType: 'string', temporality: 'EVENT' });
    expect(byName.get('BEFOLKNING_FOEDSELS_AAR_MND')).toMatchObject({
      valueType: 'integer',
      encoding: 'yyyymm',
    });
    expect(byName.get('BEFOLKNING_REGSTAT_FAMNR')).toMatchObject({ pseudonymOf: 'family' });
    expect(byName.get('ARBEIDSFORHOLD_PERSON')).toMatchObject({ unitType: 'job', pseudonymOf: 'person' });
    expect(byName.get('KOMMNR_FAKTISK')).toMatchObject({
      unitType: 'person',
      temporality: 'STATUS',
      valueType: 'string',
    });
  });
});
