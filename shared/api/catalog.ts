import { z } from 'zod';
import {
  CodeListSchema,
  DatastoreManifestSchema,
  LocalizedTextSchema,
  TemporalitySchema,
  UnitTypeMetaSchema,
  UnitTypeSchema,
  ValueTypeSchema,
} from '../datastore/manifest';
import { IsoDateSchema } from './common';

/** Language of the texts in a catalogue answer. */
export const CatalogLangSchema = z.enum(['nb', 'en']);
export type CatalogLang = z.infer<typeof CatalogLangSchema>;

/** `GET /api/catalog/variables` query. The search covers names and both languages' texts. */
export const CatalogSearchQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  unitType: UnitTypeSchema.optional(),
  temporality: TemporalitySchema.optional(),
  /** Subject area, matched exactly (case-insensitive) against its Norwegian or English name. */
  subject: z.string().trim().max(200).optional(),
  /** Restrict to one datastore by name; by default every datastore's newest version is searched. */
  datastore: z.string().max(100).optional(),
  lang: CatalogLangSchema.default('nb'),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type CatalogSearchQuery = z.infer<typeof CatalogSearchQuerySchema>;

/** One hit of a catalogue search, with texts in the asked language. */
export const CatalogVariableSummarySchema = z.object({
  name: z.string(),
  datastore: z.string(),
  datastoreVersion: z.string(),
  unitType: UnitTypeSchema,
  temporality: TemporalitySchema,
  valueType: ValueTypeSchema,
  title: z.string(),
  subject: z.string(),
  validFrom: IsoDateSchema.nullable(),
  validTo: IsoDateSchema.nullable(),
  codeList: z.string().nullable(),
});
export type CatalogVariableSummary = z.infer<typeof CatalogVariableSummarySchema>;

/** `GET /api/catalog/variables` answer: one page of hits, best first. */
export const CatalogSearchResponseSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  items: z.array(CatalogVariableSummarySchema),
});
export type CatalogSearchResponse = z.infer<typeof CatalogSearchResponseSchema>;

/** `GET /api/catalog/variables/:name` query. */
export const CatalogDetailQuerySchema = z.object({
  datastore: z.string().max(100).optional(),
  version: z.string().max(40).optional(),
});

/** `GET /api/catalog/variables/:name` path. */
export const CatalogDetailParamsSchema = z.object({ name: z.string().min(1).max(100) });

/** A variable in full, with texts in both languages and its code list. */
export const CatalogVariableDetailSchema = z.object({
  name: z.string(),
  datastore: z.string(),
  datastoreVersion: z.string(),
  unitType: UnitTypeSchema,
  temporality: TemporalitySchema,
  valueType: ValueTypeSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  subject: LocalizedTextSchema,
  validFrom: IsoDateSchema.nullable(),
  validTo: IsoDateSchema.nullable(),
  pseudonymOf: UnitTypeSchema.nullable(),
  snapshotDates: z.array(IsoDateSchema).nullable(),
  codeList: CodeListSchema.nullable(),
});
export type CatalogVariableDetail = z.infer<typeof CatalogVariableDetailSchema>;

/** One datastore as the catalogue lists it. */
export const CatalogDatastoreSchema = z.object({
  name: z.string(),
  version: z.string(),
  versions: z.array(z.string()),
  description: LocalizedTextSchema,
  synthetic: z.boolean(),
  unitTypes: z.array(UnitTypeMetaSchema),
  variableCount: z.number().int(),
  subjects: z.array(LocalizedTextSchema),
});
export type CatalogDatastore = z.infer<typeof CatalogDatastoreSchema>;

/** `GET /api/catalog/datastores` answer. */
export const CatalogDatastoresResponseSchema = z.object({ datastores: z.array(CatalogDatastoreSchema) });

/** `GET /api/catalog/datastores/:name/manifest` path. */
export const CatalogManifestParamsSchema = z.object({ name: z.string().min(1).max(100) });

/** `GET /api/catalog/datastores/:name/manifest` query: a version, else the newest released one. */
export const CatalogManifestQuerySchema = z.object({ version: z.string().max(40).optional() });

/** The public `datastore.json` of one datastore version: what the browser's checker reads as its catalogue. */
export const CatalogManifestResponseSchema = DatastoreManifestSchema;
