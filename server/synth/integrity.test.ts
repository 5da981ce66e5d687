import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatastoreDir } from '../../test/fixtures/datastore';
import { DatastoreQuery } from './test-support';

describe('referential integrity of the test datastore', () => {
  let q: DatastoreQuery;
  beforeAll(async () => {
    q = await DatastoreQuery.open(testDatastoreDir());
  });
  afterAll(() => q.close());

  /** Values of an id variable that are not units of the target type. */
  const dangling = (variable: string, unitType: string) =>
    q.number(`SELECT count(*) FROM ${q.v(variable)} v ANTI JOIN ${q.k(unitType)} k ON k.unit_id = v.value`);

  it.each([
    'BEFOLKNING_MOR_FNR',
    'BEFOLKNING_FAR_FNR',
    'BEFOLKNING_MORMOR_FNR',
    'BEFOLKNING_MORFAR_FNR',
    'BEFOLKNING_FARMOR_FNR',
    'BEFOLKNING_FARFAR_FNR',
    'BEFOLKNING_SOESKEN_FNR',
    'BEFOLKNING_EKT_FNR',
    'BEFOLKNING_SAMB_FNR',
    'BEFOLKNING_REGSTAT_FAMNR',
    'BEFOLKNING_HUSHNR',
    'ARBEIDSFORHOLD_PERSON',
    'NUDB_KURS_FNR',
    'KJORETOY_KJORETOYID_FNR',
    'ELHUB_PERS_MALEPUNKTID_FNR',
    'TRAFULYK_PERS_FNR',
    'AGGRSHOPPID',
  ])('%s points at persons that exist', async (variable) => {
    expect(await q.number(`SELECT count(*) FROM ${q.v(variable)}`)).toBeGreaterThan(0);
    expect(await dangling(variable, 'person')).toBe(0);
  });

  it.each(['REGSYS_FRTK_ID_SSB', 'REGSYS_VIRK_ID_SSB', 'REGSYS_ORGFOR', 'REGSYS_ORGBED'])(
    '%s points at companies that exist',
    async (variable) => {
      expect(await dangling(variable, 'company')).toBe(0);
    },
  );

  it('points accident persons at accidents that exist', async () => {
    expect(await dangling('TRAFULYK_PERS_TRAFULYK', 'traffic-accident')).toBe(0);
  });

  it('gives most children born here a mother and a father, mothers are women and fathers men, 15+ years older', async () => {
    const [r] = await q.rows(`
      WITH kid AS (SELECT unit_id, value AS ym FROM ${q.v('BEFOLKNING_FOEDSELS_AAR_MND')} WHERE value >= 200001),
      sex AS (SELECT unit_id, value AS sex FROM ${q.v('BEFOLKNING_KJOENN')}),
      born AS (SELECT unit_id, value AS ym FROM ${q.v('BEFOLKNING_FOEDSELS_AAR_MND')})
      SELECT count(*) AS kids,
        count(m.value) AS with_mother, count(f.value) AS with_father,
        count(*) FILTER (WHERE ms.sex <> '2') AS male_mothers, count(*) FILTER (WHERE fs.sex <> '1') AS female_fathers,
        count(*) FILTER (WHERE kid.ym - mb.ym < 1500 OR kid.ym - fb.ym < 1500) AS young_parents
      FROM kid LEFT JOIN ${q.v('BEFOLKNING_MOR_FNR')} m USING (unit_id) LEFT JOIN ${q.v('BEFOLKNING_FAR_FNR')} f USING (unit_id)
      LEFT JOIN sex ms ON ms.unit_id = m.value LEFT JOIN sex fs ON fs.unit_id = f.value
      LEFT JOIN born mb ON mb.unit_id = m.value LEFT JOIN born fb ON fb.unit_id = f.value
      JOIN ${q.v('BEFOLKNING_FODELAND')} c USING (unit_id) WHERE c.value = '000'`);
    expect(Number(r?.with_mother) / Number(r?.kids)).toBeGreaterThan(0.8);
    expect(Number(r?.with_father) / Number(r?.kids)).toBeGreaterThan(0.7);
    expect(r).toMatchObject({ male_mothers: 0, female_fathers: 0, young_parents: 0 });
  });

  it('numbers families by a member who is the eldest and lives in the family', async () => {
    const [r] = await q.rows(`
      WITH f AS (SELECT unit_id, value AS famnr, start FROM ${q.v('BEFOLKNING_REGSTAT_FAMNR')}),
      born AS (SELECT unit_id, value AS ym FROM ${q.v('BEFOLKNING_FOEDSELS_AAR_MND')})
      SELECT count(*) AS n,
        count(*) FILTER (WHERE head.famnr IS DISTINCT FROM f.famnr) AS head_elsewhere,
        count(*) FILTER (WHERE hb.ym > mb.ym) AS head_younger
      FROM f LEFT JOIN f head ON head.unit_id = f.famnr AND head.start = f.start
      JOIN born mb ON mb.unit_id = f.unit_id JOIN born hb ON hb.unit_id = f.famnr`);
    expect(Number(r?.n)).toBeGreaterThan(100_000);
    expect(r).toMatchObject({ head_elsewhere: 0, head_younger: 0 });
  });

  it('makes spouses each other’s spouse on the same date', async () => {
    const asymmetric = await q.number(`
      SELECT count(*) FROM ${q.v('BEFOLKNING_EKT_FNR')} a
      LEFT JOIN ${q.v('BEFOLKNING_EKT_FNR')} b ON b.unit_id = a.value AND b.start = a.start
      WHERE b.value IS DISTINCT FROM a.unit_id`);
    expect(await q.number(`SELECT count(*) FROM ${q.v('BEFOLKNING_EKT_FNR')}`)).toBeGreaterThan(1000);
    expect(asymmetric).toBe(0);
  });

  it('has a job for every monthly job row and a person for every job', async () => {
    const orphanMonths = await q.number(
      `SELECT count(*) FROM ${q.v('ARBLONN_ARB_ARBEIDSTID')} a ANTI JOIN ${q.v('ARBEIDSFORHOLD_PERSON')} p USING (unit_id)`,
    );
    expect(orphanMonths).toBe(0);
  });

  it('lets the course example work: courses link to resident persons', async () => {
    const [r] = await q.rows(`
      SELECT count(*) AS courses, count(s.unit_id) AS resident FROM ${q.v('NUDB_KURS_NUS')} c
      JOIN ${q.v('NUDB_KURS_FNR')} f USING (unit_id)
      LEFT JOIN ${q.v('BEFOLKNING_STATUSKODE')} s ON s.unit_id = f.value AND s.start = DATE '2019-01-01' AND s.value = '1'
      WHERE c.start <= DATE '2019-12-31' AND (c.stop IS NULL OR c.stop >= DATE '2019-01-01')`);
    expect(Number(r?.courses)).toBeGreaterThan(200);
    expect(Number(r?.resident) / Number(r?.courses)).toBeGreaterThan(0.9);
  });
});
