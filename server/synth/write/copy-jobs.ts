import path from 'node:path';
import { datastoreLayout } from '../../../shared/datastore/layout';
import type { ValueType } from '../../../shared/datastore/manifest';
import type { VariableFact } from '../catalog/facts';
import type { ReferenceLists } from '../codelists/reference-lists';
import type { SynthParams } from '../plan/options';
import type { Schedule } from '../plan/schedule';
import { domainOf, selectFor } from '../recipes';
import type { Rng } from '../sql/random';
import type { CopyJob } from './writer-pool';

const SQL_TYPE: Record<ValueType, string> = {
  integer: 'BIGINT',
  decimal: 'DOUBLE',
  string: 'VARCHAR',
  date: 'DATE',
};

/** The Parquet schema every variable file has: unit_id BIGINT, value <type>, start DATE, stop DATE. */
export function typedSelect(select: string | null, valueType: ValueType): string {
  const source = select ?? 'SELECT NULL AS unit_id, NULL AS value, NULL AS start, NULL AS stop WHERE false';
  return `SELECT unit_id::BIGINT AS unit_id, value::${SQL_TYPE[valueType]} AS value, start::DATE AS start, stop::DATE AS stop FROM (${source})`;
}

/** One copy job per variable. */
export function variableJobs(
  facts: VariableFact[],
  schedules: Map<string, Schedule>,
  context: { rng: Rng; params: SynthParams; lists: ReferenceLists },
  root: string,
): CopyJob[] {
  return facts.map((fact) => {
    const select = selectFor({
      ...context,
      fact,
      schedule: schedules.get(fact.name)!,
      domain: domainOf(fact, context.lists),
    });
    return {
      label: fact.name,
      select: typedSelect(select, fact.valueType),
      file: path.join(root, datastoreLayout.variable(fact.name)),
    };
  });
}

/** Where each unit type's ids live in the build database (sorted), for the record keys. */
const UNIT_IDS: Record<string, string> = {
  person: 'SELECT pid AS unit_id FROM pw',
  family: 'SELECT DISTINCT famnr AS unit_id FROM fam ORDER BY unit_id',
  household: 'SELECT DISTINCT famnr AS unit_id FROM fam ORDER BY unit_id',
  company: 'SELECT comp_pid AS unit_id FROM company UNION ALL SELECT virk_pid FROM company ORDER BY unit_id',
  job: 'SELECT jid AS unit_id FROM job',
  course: 'SELECT cid AS unit_id FROM course',
  municipality: 'SELECT uid AS unit_id FROM muni',
  vehicle: 'SELECT vid AS unit_id FROM vehicle',
  'traffic-accident': 'SELECT aid AS unit_id FROM accident',
  'accident-person': 'SELECT apid AS unit_id FROM accident_person',
  'hospital-stay': 'SELECT sid AS unit_id FROM stay',
  'metering-point': 'SELECT mid AS unit_id FROM meter',
};

/** The unit types that get a record-key file. */
export const KEYED_UNIT_TYPES = Object.keys(UNIT_IDS);

/** One copy job per unit type: a secret record key in [0, 1) for every unit (for the cell-key method). */
export function keyJobs(rng: Rng, root: string): CopyJob[] {
  return Object.entries(UNIT_IDS).map(([unitType, ids]) => ({
    label: `keys/${unitType}`,
    select: `SELECT unit_id::BIGINT AS unit_id, ${rng.u(`record-key:${unitType}`, 'unit_id')} AS key FROM (${ids})`,
    file: path.join(root, datastoreLayout.recordKeys(unitType)),
  }));
}
