import type { AttackEngine } from './attack-engine';

/** A person singled out by a birth year-month nobody else has, and the secret the attacks go after. */
export interface Target {
  month: number;
  sex: string;
}

/** Persons whose birth year-month is unique in the whole datastore (the attacker's handle on one person). */
export async function uniqueBirthMonths(engine: AttackEngine): Promise<Target[]> {
  const rows = await engine.truth(
    `SELECT f.value AS month, any_value(k.value) AS sex
     FROM {data:BEFOLKNING_FOEDSELS_AAR_MND} AS f JOIN {data:BEFOLKNING_KJOENN} AS k USING (unit_id)
     GROUP BY f.value HAVING count(*) = 1 ORDER BY f.value`,
  );
  return rows.map((r) => ({ month: Number(r.month), sex: String(r.sex) }));
}

/** Persons per birth year (the padding groups of trackers are whole years). */
export async function personsPerYear(engine: AttackEngine): Promise<Map<number, number>> {
  const rows = await engine.truth(
    `SELECT value // 100 AS year, count(*) AS n FROM {data:BEFOLKNING_FOEDSELS_AAR_MND} GROUP BY ALL`,
  );
  return new Map(rows.map((r) => [Number(r.year), Number(r.n)]));
}

/** The 2020 wages as the engine imports them (the row whose period holds 2020-12-31), for the defender. */
export const WAGES_2020 = `(SELECT unit_id, value FROM {data:INNTEKT_WLONN}
  WHERE start <= DATE '2020-12-31' AND (stop IS NULL OR stop >= DATE '2020-12-31'))`;

/** Earners with a wage above 100 000 whose birth year-month is unique among 2020 earners, with their wage (the secret). */
export async function uniqueEarners(engine: AttackEngine): Promise<{ month: number; wage: number }[]> {
  const rows = await engine.truth(
    `SELECT f.value AS month, any_value(w.value) AS wage
     FROM ${WAGES_2020} AS w JOIN {data:BEFOLKNING_FOEDSELS_AAR_MND} AS f USING (unit_id)
     WHERE w.value IS NOT NULL GROUP BY f.value HAVING count(*) = 1 AND any_value(w.value) > 100000 ORDER BY f.value`,
  );
  return rows.map((r) => ({ month: Number(r.month), wage: Number(r.wage) }));
}
