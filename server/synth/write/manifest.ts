import {
  type CodeList,
  type DatastoreManifest,
  DatastoreManifestSchema,
  type UnitType,
  type UnitTypeMeta,
  type VariableMeta,
} from '../../../shared/datastore/manifest';
import { type CatalogTexts, fallbackTexts } from '../catalog/catalog-texts';
import type { VariableFact } from '../catalog/facts';
import type { ReferenceLists } from '../codelists/reference-lists';
import { coverageOf, type Schedule } from '../plan/schedule';

/** Version of the synthetic datastore format and content. */
export const DATASTORE_VERSION = '1.0.0.0';

/** Unit types with the names scripts use for their id columns. */
export const UNIT_TYPE_META: UnitTypeMeta[] = [
  { name: 'person', idVariable: 'PERSONID_1', title: { nb: 'Person', en: 'Person' } },
  { name: 'family', idVariable: 'FAMILIEID_1', title: { nb: 'Familie', en: 'Family' } },
  { name: 'household', idVariable: 'HUSHOLDNINGSID_1', title: { nb: 'Husholdning', en: 'Household' } },
  { name: 'company', idVariable: 'FORETAKID_1', title: { nb: 'Foretak', en: 'Company' } },
  { name: 'job', idVariable: 'JOBBID_1', title: { nb: 'Jobb', en: 'Job' } },
  { name: 'course', idVariable: 'KURSID_1', title: { nb: 'Kurs', en: 'Course' } },
  { name: 'municipality', idVariable: 'KOMMUNEID_1', title: { nb: 'Kommune', en: 'Municipality' } },
  { name: 'vehicle', idVariable: 'KJORETOYID_1', title: { nb: 'Kjøretøy', en: 'Vehicle' } },
  {
    name: 'traffic-accident',
    idVariable: 'TRAFIKKULYKKEID_1',
    title: { nb: 'Trafikkulykke', en: 'Traffic accident' },
  },
  {
    name: 'accident-person',
    idVariable: 'ULYKKESPERSONID_1',
    title: { nb: 'Person i trafikkulykke', en: 'Person in a traffic accident' },
  },
  {
    name: 'hospital-stay',
    idVariable: 'BEHANDLINGSOPPHOLDID_1',
    title: { nb: 'Behandlingsopphold', en: 'Hospital stay' },
  },
  { name: 'metering-point', idVariable: 'MALEPUNKTID_1', title: { nb: 'Målepunkt', en: 'Metering point' } },
];

/** Which code list each variable refers to, and the lists themselves, ready for `codelists/NAME.json`. */
export function assembleCodeLists(
  facts: VariableFact[],
  lists: ReferenceLists,
  texts: CatalogTexts,
  warn: (message: string) => void,
): { byVariable: Map<string, string>; codeLists: CodeList[] } {
  const byVariable = new Map<string, string>();
  const used = new Map<string, CodeList>();
  const labelled = new Map(texts.codeLists.flatMap((list) => list.variables.map((v) => [v, list] as const)));
  const missing: string[] = [];
  for (const fact of facts) {
    if (fact.realCodeList) {
      const real = lists[fact.realCodeList];
      byVariable.set(fact.name, real.name);
      if (!used.has(real.name)) {
        used.set(real.name, {
          name: real.name,
          title: real.title,
          // The real lists carry Norwegian labels only; English shows the same text.
          codes: real.codes.map((c) => ({
            code: c.code,
            label: { nb: c.label, en: c.label },
            validFrom: null,
            validTo: null,
          })),
        });
      }
      continue;
    }
    const list = labelled.get(fact.name);
    if (list) {
      byVariable.set(fact.name, list.name);
      if (!used.has(list.name)) {
        used.set(list.name, {
          name: list.name,
          title: list.title,
          codes: list.codes.map((c) => ({
            code: c.code,
            label: { nb: c.nb, en: c.en },
            validFrom: null,
            validTo: null,
          })),
        });
      }
      continue;
    }
    if (fact.codes?.length) {
      const name = fact.name.toLowerCase().replaceAll('_', '-');
      missing.push(fact.name);
      byVariable.set(fact.name, name);
      used.set(name, {
        name,
        title: { nb: fact.name, en: fact.name },
        codes: fact.codes.map((code) => ({
          code,
          label: { nb: code, en: code },
          validFrom: null,
          validTo: null,
        })),
      });
    }
  }
  if (missing.length)
    warn(
      `${missing.length} code lists have no labels yet (the codes stand in): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}`,
    );
  return { byVariable, codeLists: [...used.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Builds and validates `datastore.json`. */
export function buildManifest(input: {
  facts: VariableFact[];
  schedules: Map<string, Schedule>;
  texts: CatalogTexts;
  codeListOf: Map<string, string>;
  codeLists: CodeList[];
  unitTypes: UnitType[];
  warn: (message: string) => void;
}): DatastoreManifest {
  const untitled: string[] = [];
  const variables: VariableMeta[] = input.facts.map((fact) => {
    const schedule = input.schedules.get(fact.name)!;
    let texts = input.texts.variables.get(fact.name);
    if (!texts) {
      untitled.push(fact.name);
      texts = fallbackTexts(fact.name);
    }
    return {
      name: fact.name,
      unitType: fact.unitType,
      temporality: fact.temporality,
      valueType: fact.valueType,
      codeList: input.codeListOf.get(fact.name) ?? null,
      ...coverageOf(schedule, fact),
      title: texts.title,
      description: texts.description,
      subject: texts.subject,
      pseudonymOf: fact.pseudonymOf,
      ...(schedule.kind === 'snapshots' ? { snapshotDates: schedule.dates } : {}),
    };
  });
  if (untitled.length)
    input.warn(`${untitled.length} variables have no texts yet (titles generated from names)`);
  return DatastoreManifestSchema.parse({
    formatVersion: 1,
    name: 'no.ssb.fdb',
    version: DATASTORE_VERSION,
    description: {
      nb: 'Syntetiske registerdata for Norge: en sammenhengende, oppdiktet befolkning med de samme variablene som microdata.no.',
      en: 'Synthetic Norwegian register data: a coherent, made-up population with the same variables as microdata.no.',
    },
    synthetic: true,
    unitTypes: UNIT_TYPE_META.filter((u) => input.unitTypes.includes(u.name)),
    variables,
    codeLists: input.codeLists.map((c) => c.name),
  });
}
