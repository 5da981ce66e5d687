import type { CatalogLang, CatalogSearchQuery, CatalogVariableSummary } from '../../shared/api/catalog';
import type { VariableMeta } from '../../shared/datastore/manifest';
import type { DatastoreEntry } from './registry';

interface Indexed {
  entry: DatastoreEntry;
  variable: VariableMeta;
  name: string;
  title: Record<CatalogLang, string>;
  description: Record<CatalogLang, string>;
  subject: Record<CatalogLang, string>;
}

const indexCache = new WeakMap<DatastoreEntry, Indexed[]>();

/** Lower-cases with Norwegian rules and composes letters, so `Å` and `å` match however they were typed. */
export function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb');
}

function indexOf(entry: DatastoreEntry): Indexed[] {
  let index = indexCache.get(entry);
  if (!index) {
    index = entry.manifest.variables.map((variable) => ({
      entry,
      variable,
      name: fold(variable.name),
      title: { nb: fold(variable.title.nb), en: fold(variable.title.en) },
      description: { nb: fold(variable.description.nb), en: fold(variable.description.en) },
      subject: { nb: fold(variable.subject.nb), en: fold(variable.subject.en) },
    }));
    indexCache.set(entry, index);
  }
  return index;
}

const startsWord = (text: string, token: string) => text.startsWith(token) || text.includes(` ${token}`);

/**
 * Score of one search word against one variable; 0 means no match. Name matches beat title matches,
 * which beat subject and description matches; the asked language breaks ties.
 */
function tokenScore(v: Indexed, token: string, lang: CatalogLang): number {
  if (v.name === token) return 100;
  if (v.name.startsWith(token)) return 60;
  if (v.name.includes(token)) return 40;
  const other: CatalogLang = lang === 'nb' ? 'en' : 'nb';
  const inText = (field: Record<CatalogLang, string>, word: number, part: number) => {
    for (const [l, bonus] of [
      [lang, 2],
      [other, 0],
    ] as const) {
      if (startsWord(field[l], token)) return word + bonus;
      if (field[l].includes(token)) return part + bonus;
    }
    return 0;
  };
  return inText(v.title, 30, 20) || inText(v.subject, 12, 8) || inText(v.description, 6, 4);
}

/** Searches variables of the given datastore versions; every word of `q` must match somewhere. */
export function searchCatalog(
  entries: DatastoreEntry[],
  query: CatalogSearchQuery,
): { total: number; items: CatalogVariableSummary[] } {
  const tokens = fold(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const subject = query.subject ? fold(query.subject) : undefined;
  const hits: { v: Indexed; score: number }[] = [];
  for (const v of entries.flatMap(indexOf)) {
    if (query.unitType && v.variable.unitType !== query.unitType) continue;
    if (query.temporality && v.variable.temporality !== query.temporality) continue;
    if (subject && v.subject.nb !== subject && v.subject.en !== subject) continue;
    let score = 0;
    for (const token of tokens) {
      const s = tokenScore(v, token, query.lang);
      if (s === 0) {
        score = -1;
        break;
      }
      score += s;
    }
    if (score >= 0) hits.push({ v, score });
  }
  hits.sort((a, b) => b.score - a.score || a.v.variable.name.localeCompare(b.v.variable.name));
  const page = hits.slice(query.offset, query.offset + query.limit);
  return { total: hits.length, items: page.map(({ v }) => toSummary(v, query.lang)) };
}

function toSummary({ entry, variable }: Indexed, lang: CatalogLang): CatalogVariableSummary {
  return {
    name: variable.name,
    datastore: entry.name,
    datastoreVersion: entry.version,
    unitType: variable.unitType,
    temporality: variable.temporality,
    valueType: variable.valueType,
    title: variable.title[lang],
    subject: variable.subject[lang],
    validFrom: variable.validFrom,
    validTo: variable.validTo,
    codeList: variable.codeList,
  };
}
