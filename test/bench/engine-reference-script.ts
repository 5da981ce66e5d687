import { recordKeyIntSql } from '../../shared/disclosure/sql';
import { runPlan } from '../../shared/engine/run-plan';
import { quoteString } from '../../shared/sql/quote';
import { type BenchCase, medianSeconds } from './case';
import { benchPlan, openBenchEngine } from './engine-bench-kit';

/** The reference analysis: residents, six variables (STATUS at a date, ACCUMULATED income), 2 generates, keep if, tables. */
export const REFERENCE_SCRIPT = `require no.ssb.fdb:1.0 as db
create-dataset personer
import db/BEFOLKNING_STATUSKODE 2023-01-01 as status
import db/BEFOLKNING_KJOENN as kjonn
import db/BEFOLKNING_FOEDSELS_AAR_MND as faarmnd
import db/BEFOLKNING_KOMMNR_FORMELL 2023-01-01 as kommune
import db/INNTEKT_WLONN 2022-12-31 as lonn
import db/INNTEKT_WYRKINNT 2022-12-31 as yrkinnt
generate alder = 2023 - int(faarmnd / 100)
generate fylke = substr(kommune, 1, 2)
keep if status == '1' & alder >= 18
tabulate kjonn fylke
tabulate kjonn, summarize(lonn)
`;

/**
 * The same analysis as one would write it by hand in DuckDB SQL: one table with every join and the filter
 * (record keys included, as the protected tables need them), then the cross table with margins and cell key
 * sums, and the winsorised mean wage by sex. No disclosure rules, no population checks, no per-command tables.
 */
export function handWritten(dir: string): string[] {
  const file = (name: string) => `read_parquet(${quoteString(`${dir}/data/${name}.parquet`)})`;
  const keys = `read_parquet(${quoteString(`${dir}/keys/person.parquet`)})`;
  const key = recordKeyIntSql('k.key');
  return [
    `CREATE OR REPLACE TEMP TABLE hand AS
     SELECT s.unit_id, ${key} AS rk, kj.value AS kjonn, f.value AS faarmnd, ko.value AS kommune, l.value AS lonn,
            y.value AS yrkinnt, 2023 - CAST(trunc(f.value / 100) AS BIGINT) AS alder, substr(ko.value, 1, 2) AS fylke
     FROM (SELECT unit_id, value FROM ${file('BEFOLKNING_STATUSKODE')} WHERE start = DATE '2023-01-01') AS s
     LEFT JOIN ${keys} AS k ON k.unit_id = s.unit_id
     LEFT JOIN ${file('BEFOLKNING_KJOENN')} AS kj ON kj.unit_id = s.unit_id
     LEFT JOIN ${file('BEFOLKNING_FOEDSELS_AAR_MND')} AS f ON f.unit_id = s.unit_id
     LEFT JOIN (SELECT unit_id, value FROM ${file('BEFOLKNING_KOMMNR_FORMELL')} WHERE start = DATE '2023-01-01') AS ko ON ko.unit_id = s.unit_id
     LEFT JOIN (SELECT unit_id, value FROM ${file('INNTEKT_WLONN')} WHERE start <= DATE '2022-12-31' AND DATE '2022-12-31' <= stop) AS l ON l.unit_id = s.unit_id
     LEFT JOIN (SELECT unit_id, value FROM ${file('INNTEKT_WYRKINNT')} WHERE start <= DATE '2022-12-31' AND DATE '2022-12-31' <= stop) AS y ON y.unit_id = s.unit_id
     WHERE s.value = '1' AND 2023 - CAST(trunc(f.value / 100) AS BIGINT) >= 18`,
    `SELECT kjonn, fylke, count(*) AS n, sum(rk) % 4294967296 AS ks FROM hand GROUP BY CUBE (kjonn, fylke)`,
    `WITH b AS (SELECT quantile_cont(lonn, 0.01) AS lo, quantile_cont(lonn, 0.99) AS hi FROM hand)
     SELECT kjonn, count(lonn) AS n, sum(least(greatest(lonn, lo), hi)) AS s, sum(rk) FILTER (WHERE lonn IS NOT NULL) % 4294967296 AS ks
     FROM hand, b GROUP BY ROLLUP (kjonn)`,
  ];
}

/** `engine-reference-script`: the reference script through the engine vs the hand-written SQL, same database. */
export const engineReferenceScriptBench: BenchCase = {
  name: 'engine-reference-script',
  needsDatastore: true,
  async run({ datastoreDir }) {
    const { db, source } = await openBenchEngine(datastoreDir);
    try {
      const plan = benchPlan(source, REFERENCE_SCRIPT);
      const seconds = await medianSeconds(async () => {
        const result = await runPlan(plan, { db, source });
        if (result.status !== 'completed')
          throw new Error(`the reference script failed at line ${result.failedLine}`);
      }, 3);
      const statements = handWritten(datastoreDir);
      const baselineSeconds = await medianSeconds(async () => {
        for (const sql of statements) await db.query(sql);
      }, 3);
      return { seconds, baselineSeconds };
    } finally {
      await db.close();
    }
  },
};
