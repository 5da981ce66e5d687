import type { Temporality, UnitType, ValueType } from '../../../shared/datastore/manifest';
import type { VariableFact } from './facts';
import {
  encodingOf,
  PSEUDONYM_OF,
  parseValidity,
  realCodeListOf,
  TEMPORALITY_BY_NAME,
  UNIT_TYPE_BY_ENHETSTYPE,
  type Validity,
  valueTypeOf,
} from './reference-parse';

/** One entry of the reference `variables.json`, as far as the importer reads it. */
export interface RawEntry {
  data_type?: string;
  description?: string;
  temporalitet?: string;
  enhetstype?: string;
  microdata_datatype?: string;
  labels?: Record<string, string>;
  distribution?: Record<string, number>;
  min?: unknown;
  max?: unknown;
  mean?: unknown;
  std?: unknown;
}

/**
 * Three reference entries lack unit type, temporality and value type. Each is an alias of a documented
 * variable (its description says so), so they take that variable's facts; examples compare such
 * municipality codes as strings (`bosted == '0301'`, `substr(bosted,1,2)`).
 */
const ALIASES: Record<string, { like: string; temporality: Temporality; note: string }> = {
  BOSATT_KOMMUNE: { like: 'BOSATTEFDT_BOSTED', temporality: 'EVENT', note: 'alias of BOSATTEFDT_BOSTED' },
  KOMMNR_FORMELL: {
    like: 'BEFOLKNING_KOMMNR_FORMELL',
    temporality: 'STATUS',
    note: 'alias of BEFOLKNING_KOMMNR_FORMELL',
  },
  KOMMNR_FAKTISK: {
    like: 'BEFOLKNING_KOMMNR_FAKTISK',
    temporality: 'STATUS',
    note: 'alias of BEFOLKNING_KOMMNR_FAKTISK',
  },
};

/** Labels that mark a placeholder code (invalid, unknown); they get a small weight when no frequencies are given. */
const PLACEHOLDER_LABEL = /ugyldig|uoppgitt|ukjent/i;

/** Turns the reference entries into facts; non-variable keys are returned in `skipped`. */
export function buildFacts(entries: Record<string, unknown>): {
  variables: VariableFact[];
  skipped: { name: string; reason: string }[];
} {
  const skipped: { name: string; reason: string }[] = [];
  const raw: [string, RawEntry][] = [];
  for (const [name, entry] of Object.entries(entries)) {
    const e = entry as RawEntry;
    if (!/^[A-Z][A-Z0-9_]*$/.test(name) || typeof e.description !== 'string') {
      skipped.push({
        name,
        reason: 'not a variable: a stray table of municipality shares without description or type',
      });
      continue;
    }
    raw.push([name, e]);
  }
  const byName = new Map(raw);
  const variables = raw.map(([name, entry]) => factOf(name, entry, byName));
  fillSiblingValidity(variables);
  return { variables, skipped };
}

function factOf(name: string, entry: RawEntry, byName: Map<string, RawEntry>): VariableFact {
  const alias = ALIASES[name];
  const source = alias ? byName.get(alias.like)! : entry;
  const unitType: UnitType | undefined = UNIT_TYPE_BY_ENHETSTYPE[source.enhetstype ?? ''];
  const temporality = alias?.temporality ?? TEMPORALITY_BY_NAME[entry.temporalitet ?? ''];
  const valueType: ValueType | undefined = alias ? 'string' : valueTypeOf(entry.microdata_datatype);
  if (!unitType || !temporality || !valueType) throw new Error(`cannot read the facts of ${name}`);
  const validity: Validity = parseValidity(source.description ?? '') ?? { from: null, to: null };
  const realCodeList = realCodeListOf(name, valueType);
  return {
    name,
    unitType,
    temporality,
    valueType,
    validFrom: validity.from,
    validTo: validity.to,
    pseudonymOf: PSEUDONYM_OF[name] ?? null,
    realCodeList,
    ...codesOf(entry, realCodeList !== null),
    numeric: numericOf(entry),
    encoding: encodingOf(entry.data_type),
    inferred: alias ? `${alias.note}: unit type, temporality and validity taken from it; string codes` : null,
  };
}

function codesOf(entry: RawEntry, real: boolean): Pick<VariableFact, 'codes' | 'weights'> {
  const labels = entry.labels;
  if (real || !labels || Object.keys(labels).length === 0) return { codes: null, weights: null };
  const codes = Object.keys(labels);
  const given = entry.distribution;
  const fromDistribution = given ? codes.map((code) => given[code] ?? 0) : undefined;
  const weights =
    fromDistribution?.some((w) => w > 0) === true
      ? fromDistribution
      : codes.map((code) => (PLACEHOLDER_LABEL.test(labels[code]!) ? 0.02 : 1));
  return { codes, weights };
}

function numericOf(entry: RawEntry): VariableFact['numeric'] {
  const hint: NonNullable<VariableFact['numeric']> = {};
  for (const key of ['min', 'max', 'mean', 'std'] as const) {
    const value = entry[key];
    if (typeof value === 'number' && Number.isFinite(value)) hint[key] = value;
  }
  return Object.keys(hint).length ? hint : null;
}

/** Variables whose description states no period take the most common one of their register family. */
function fillSiblingValidity(variables: VariableFact[]): void {
  for (const v of variables) {
    if (v.validFrom || v.validTo || v.temporality === 'FIXED' || v.inferred) continue;
    const family = v.name.split('_')[0];
    const counts = new Map<string, number>();
    for (const s of variables) {
      if (s === v || s.temporality !== v.temporality || s.name.split('_')[0] !== family || !s.validTo)
        continue;
      const key = `${s.validFrom}|${s.validTo}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (!best) continue;
    const [from, to] = best[0].split('|');
    v.validFrom = from === 'null' ? null : from!;
    v.validTo = to!;
    v.inferred = `no period stated: took the most common one of the ${family}_ ${v.temporality} variables`;
  }
}
