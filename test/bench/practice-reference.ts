import { quoteIdent } from '../../shared/sql/quote';
import { type PracticeFile, unitsFile, variableFile } from '../../worker/practice/practice-files';
import { practiceKeySql } from '../../worker/practice/practice-keys';

/**
 * The practice benchmark's reference script: a population of residents, six imports (FIXED, a STATUS at a
 * date, an ACCUMULATED income, EVENT spells at a date), two generates, a keep if, a two-way tabulate and a
 * summary by group. `practiceBaselineSql` is the same analysis written by hand for DuckDB.
 */
export const practiceReferenceScript = `require no.ssb.fdb:1 as db
create-dataset personer
import db/BEFOLKNING_STATUSKODE 2023-01-01 as status
import db/BEFOLKNING_KJOENN as kjoenn
import db/BEFOLKNING_FOEDSELS_AAR_MND as faarmnd
import db/INNTEKT_WLONN 2022-12-31 as lonn
import db/BOSATTEFDT_BOSTED 2023-01-01 as bosted
import db/NUDB_BU 2023-01-01 as utdanning
generate alder = 2023 - int(faarmnd / 100)
generate fylke = substr(bosted, 1, 2)
keep if status == '1' & alder >= 16
tabulate kjoenn fylke
tabulate kjoenn, summarize(lonn)
`;

/** The practice files the reference script (and the baseline) read. */
export const practiceReferenceFiles: PracticeFile[] = [
  unitsFile('person'),
  ...[
    'BEFOLKNING_STATUSKODE',
    'BEFOLKNING_KJOENN',
    'BEFOLKNING_FOEDSELS_AAR_MND',
    'INNTEKT_WLONN',
    'BOSATTEFDT_BOSTED',
    'NUDB_BU',
  ].map(variableFile),
];

/** One hand-written statement of the baseline, and whether it returns rows. */
export interface BaselineStatement {
  sql: string;
  returnsRows: boolean;
}

/**
 * The reference script as hand-written DuckDB SQL over the same files and the same public keys: one table of
 * the population with every import joined (files attached as practice mode attaches them), the generates and the keep in one pass, then the two tables'
 * aggregates (units and key sums per cell; count, sum and key sum of the income per group).
 */
export function practiceBaselineSql(): BaselineStatement[] {
  const v = (name: string) => `${quoteIdent(variableFile(name).alias)}.data`;
  const on = (date: string) => `start <= DATE '${date}' AND (stop IS NULL OR stop >= DATE '${date}')`;
  const keySum = `CAST(sum(CAST(floor("key" * 4294967296) AS BIGINT)) % 4294967296 AS BIGINT)`;
  return [
    {
      returnsRows: false,
      sql: `CREATE OR REPLACE TEMP TABLE baseline_people AS
        WITH joined AS (
          SELECT s.unit_id, s.value AS status, k.value AS kjoenn, f.value AS faarmnd, l.value AS lonn,
                 b.value AS bosted, u.value AS utdanning
          FROM (SELECT unit_id, value FROM ${v('BEFOLKNING_STATUSKODE')} WHERE start = DATE '2023-01-01') s
          LEFT JOIN ${v('BEFOLKNING_KJOENN')} k USING (unit_id)
          LEFT JOIN ${v('BEFOLKNING_FOEDSELS_AAR_MND')} f USING (unit_id)
          LEFT JOIN (SELECT unit_id, value FROM ${v('INNTEKT_WLONN')} WHERE ${on('2022-12-31')}) l USING (unit_id)
          LEFT JOIN (SELECT unit_id, value FROM ${v('BOSATTEFDT_BOSTED')} WHERE ${on('2023-01-01')}) b USING (unit_id)
          LEFT JOIN (SELECT unit_id, value FROM ${v('NUDB_BU')} WHERE ${on('2023-01-01')}) u USING (unit_id)
        )
        SELECT j.*, 2023 - trunc(faarmnd / 100) AS alder, substr(bosted, 1, 2) AS fylke, keys."key"
        FROM joined j
        JOIN (SELECT unit_id, ${practiceKeySql('unit_id')} AS "key" FROM ${quoteIdent(unitsFile('person').alias)}.units) keys USING (unit_id)
        WHERE status = '1' AND 2023 - trunc(faarmnd / 100) >= 16`,
    },
    {
      returnsRows: true,
      sql: `SELECT kjoenn, fylke, count(*) AS units, ${keySum} AS key_sum
            FROM baseline_people GROUP BY ALL ORDER BY ALL`,
    },
    {
      returnsRows: true,
      sql: `SELECT kjoenn, count(lonn) AS units, CAST(sum(CAST(lonn AS DECIMAL(38,6))) AS DOUBLE) AS total,
                   CAST(sum(CAST(floor("key" * 4294967296) AS BIGINT)) FILTER (WHERE lonn IS NOT NULL) % 4294967296 AS BIGINT) AS key_sum
            FROM baseline_people GROUP BY ALL ORDER BY ALL`,
    },
  ];
}
