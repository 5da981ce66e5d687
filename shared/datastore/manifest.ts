import { z } from 'zod';

/** Kinds of units a variable can describe. Ids of every kind are pseudonymous BIGINTs in the sealed store. */
export const UNIT_TYPES = [
  'person',
  'family',
  'household',
  'company',
  'job',
  'course',
  'municipality',
  'vehicle',
  'traffic-accident',
  'accident-person',
  'hospital-stay',
  'metering-point',
] as const;
export const UnitTypeSchema = z.enum(UNIT_TYPES);
export type UnitType = z.infer<typeof UnitTypeSchema>;

/** How a variable relates to time (microdata.no: Fast, Tverrsnitt, Akkumulert, Forløp). */
export const TemporalitySchema = z.enum(['FIXED', 'STATUS', 'ACCUMULATED', 'EVENT']);
export type Temporality = z.infer<typeof TemporalitySchema>;

/** The type of a variable's values in `data/NAME.parquet` and in scripts. */
export const ValueTypeSchema = z.enum(['integer', 'decimal', 'string', 'date']);
export type ValueType = z.infer<typeof ValueTypeSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');

/** A text in Norwegian (bokmål) and English. */
export const LocalizedTextSchema = z.object({ nb: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** One register variable of a datastore. */
export const VariableMetaSchema = z.object({
  name: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'variable names are upper-case identifiers'),
  unitType: UnitTypeSchema,
  temporality: TemporalitySchema,
  valueType: ValueTypeSchema,
  /** Name of a code list in `codelists/`, or null when values are free. */
  codeList: z.string().nullable(),
  /** First and last date the variable has data for; null means open-ended (FIXED variables). */
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Subject area, for browsing the catalogue. */
  subject: LocalizedTextSchema,
  /**
   * When set, the values are pseudonymised ids of units of this type (mother's id, employer id).
   * They may only be used as keys in `merge ... on` and `collapse ..., by()`.
   */
  pseudonymOf: UnitTypeSchema.nullable(),
  /** STATUS variables: the measurement dates in the store, ascending (YYYY-MM-DD). */
  snapshotDates: z.array(isoDate).optional(),
});
export type VariableMeta = z.infer<typeof VariableMetaSchema>;

/** A unit type present in the datastore, with the name scripts use for its id column. */
export const UnitTypeMetaSchema = z.object({
  name: UnitTypeSchema,
  /** Name of the implicit id variable in datasets of this unit type, e.g. PERSONID_1. */
  idVariable: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  title: LocalizedTextSchema,
});
export type UnitTypeMeta = z.infer<typeof UnitTypeMetaSchema>;

/** `datastore.json`: the public description of a sealed datastore. */
export const DatastoreManifestSchema = z.object({
  formatVersion: z.literal(1),
  name: z.string().regex(/^[a-z][a-z0-9]*(\.[a-z0-9]+)+$/, 'datastore names look like no.ssb.fdb'),
  /** Four-part version: major.minor.patch.draft (draft 0 = released). */
  version: z.string().regex(/^\d+\.\d+\.\d+\.\d+$/),
  description: LocalizedTextSchema,
  /** True for generated data (practice mode, tests); false for real sealed data. */
  synthetic: z.boolean(),
  unitTypes: z.array(UnitTypeMetaSchema),
  variables: z.array(VariableMetaSchema),
  codeLists: z.array(z.string()),
});
export type DatastoreManifest = z.infer<typeof DatastoreManifestSchema>;

/** One code of a code list in `codelists/NAME.json`. */
export const CodeSchema = z.object({
  code: z.string(),
  label: LocalizedTextSchema,
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
});
export type Code = z.infer<typeof CodeSchema>;

/** `codelists/NAME.json`. */
export const CodeListSchema = z.object({
  name: z.string(),
  title: LocalizedTextSchema,
  codes: z.array(CodeSchema),
});
export type CodeList = z.infer<typeof CodeListSchema>;
