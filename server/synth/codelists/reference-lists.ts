import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RealCodeList } from '../catalog/reference-parse';
import { REAL_CODE_LISTS } from '../catalog/reference-parse';
import { BUILTIN_LISTS } from './builtin-lists';

/** One code of a real list, with its Norwegian label. */
export interface RefCode {
  code: string;
  label: string;
}

/** A real code list as the generator uses it: all codes (for the manifest) and the ones to draw, with weights. */
export interface RealList {
  /** Name under `codelists/` in the datastore. */
  name: string;
  title: { nb: string; en: string };
  codes: RefCode[];
  /** Codes a synthetic unit may get, and their relative frequencies. */
  draw: { codes: string[]; weights: number[] };
  source: 'reference' | 'builtin';
}

/** The four real lists, keyed by the names facts use. */
export type ReferenceLists = Record<RealCodeList, RealList>;

const ReferenceFileSchema = z.object({
  labels: z.record(z.string(), z.string()),
  distribution: z.record(z.string(), z.number()).optional(),
});

const NAMES: Record<RealCodeList, { name: string; title: { nb: string; en: string } }> = {
  NUS2000: { name: 'nus2000', title: { nb: 'Utdanningsgrupper (NUS2000)', en: 'Education (NUS2000)' } },
  KOMMUNE: { name: 'kommunenummer', title: { nb: 'Kommunenummer', en: 'Municipality number' } },
  STYRK08: { name: 'styrk08', title: { nb: 'Yrkeskoder (STYRK-08)', en: 'Occupation (STYRK-08)' } },
  NACE_SN07: { name: 'nace-sn2007', title: { nb: 'Næringskoder (SN2007)', en: 'Industry (SIC2007)' } },
};

/** Codes nobody is assigned: placeholders and codes of areas where nobody lives. */
const DRAWABLE: Record<RealCodeList, (c: RefCode) => boolean> = {
  // Today's counties; "00" codes are "unknown municipality in county"; Svalbard, abroad and shelf codes are not homes.
  KOMMUNE: (c) =>
    /^(03|11|15|18|31|32|33|34|39|40|42|46|50|55|56)\d\d$/.test(c.code) &&
    !c.code.endsWith('00') &&
    !/utgått/i.test(c.label),
  NUS2000: (c) => /^\d{6}$/.test(c.code) && !/utgått/i.test(c.label),
  STYRK08: (c) => /^\d{4}$/.test(c.code) && c.code !== '0000',
  NACE_SN07: (c) => /^\d\d\.\d{3}$/.test(c.code) && c.code !== '00.000',
};

/**
 * Reads the four real code lists from the reference folder (`<dir>/codelists/*.json`). A list that is
 * missing or unreadable is replaced by a small built-in one, and a warning says so.
 */
export function readReferenceLists(dir: string | null, warn: (message: string) => void): ReferenceLists {
  const lists = {} as ReferenceLists;
  for (const key of Object.keys(REAL_CODE_LISTS) as RealCodeList[]) {
    const file = dir ? path.join(dir, 'codelists', `${REAL_CODE_LISTS[key]}.json`) : null;
    const parsed = file && existsSync(file) ? tryRead(file) : undefined;
    if (!parsed)
      warn(
        `code list ${REAL_CODE_LISTS[key]} not found${dir ? ` under ${dir}` : ''}: using a small built-in list`,
      );
    const { labels, distribution } = parsed ?? BUILTIN_LISTS[key];
    const codes = Object.entries(labels)
      .map(([code, label]) => ({ code, label }))
      .sort((a, b) => a.code.localeCompare(b.code));
    const drawable = codes.filter(DRAWABLE[key]);
    const weights = drawable.map((c) => distribution?.[c.code] ?? 0);
    const anyWeight = weights.some((w) => w > 0);
    // Codes the reference gives no share get a small one, so that every real code can occur.
    const floor = anyWeight ? Math.min(...weights.filter((w) => w > 0)) / 4 : 1;
    lists[key] = {
      ...NAMES[key],
      codes,
      draw: { codes: drawable.map((c) => c.code), weights: weights.map((w) => (w > 0 ? w : floor)) },
      source: parsed ? 'reference' : 'builtin',
    };
  }
  return lists;
}

function tryRead(file: string): z.infer<typeof ReferenceFileSchema> | undefined {
  try {
    return ReferenceFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}
