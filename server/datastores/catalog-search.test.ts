import { describe, expect, it } from 'vitest';
import { type CatalogSearchQuery, CatalogSearchQuerySchema } from '../../shared/api/catalog';
import { fixtureDatastoreDir } from '../test-support/fixture-datastore';
import { searchCatalog } from './catalog-search';
import { createFileDatastoreRegistry } from './registry';

const entries = createFileDatastoreRegistry([fixtureDatastoreDir]).latest();
const search = (q: Partial<CatalogSearchQuery>) => searchCatalog(entries, CatalogSearchQuerySchema.parse(q));
const names = (q: Partial<CatalogSearchQuery>) => search(q).items.map((i) => i.name);

describe('catalogue search', () => {
  it('ranks a name match above title and description matches', () => {
    // "inntekt" is in INNTEKT_WLONN's name; no other variable mentions it.
    expect(names({ q: 'inntekt' })).toEqual(['INNTEKT_WLONN']);
    // "befolkning" prefixes four names; FORETAK_NACE does not mention it at all.
    expect(names({ q: 'befolkning' })).toEqual([
      'BEFOLKNING_FOEDSELSAAR',
      'BEFOLKNING_KJOENN',
      'BEFOLKNING_KOMMNR_FAKTISK',
      'BEFOLKNING_MOR_FNR',
    ]);
  });

  it('finds Norwegian and English texts whatever the display language', () => {
    expect(names({ q: 'kjønn', lang: 'en' })).toEqual(['BEFOLKNING_KJOENN']);
    expect(names({ q: 'KJØNN' })).toEqual(['BEFOLKNING_KJOENN']);
    expect(names({ q: 'wage', lang: 'nb' })).toEqual(['INNTEKT_WLONN']);
    expect(search({ q: 'wage', lang: 'en' }).items[0]?.title).toBe('Wage income');
    expect(search({ q: 'wage', lang: 'nb' }).items[0]?.title).toBe('Lønnsinntekt');
  });

  it('needs every word to match, and ranks by the sum', () => {
    expect(names({ q: 'mother pseudonymised' })).toEqual(['BEFOLKNING_MOR_FNR']);
    expect(names({ q: 'mother income' })).toEqual([]);
    // Only KOMMNR mentions "municipality" (in its title and description).
    expect(names({ q: 'municipality' })).toEqual(['BEFOLKNING_KOMMNR_FAKTISK']);
  });

  it('filters by unit type, temporality and subject in either language', () => {
    expect(names({ unitType: 'company' })).toEqual(['FORETAK_NACE']);
    expect(names({ temporality: 'STATUS' })).toEqual(['BEFOLKNING_KOMMNR_FAKTISK', 'FORETAK_NACE']);
    expect(names({ subject: 'income and wealth' })).toEqual(['INNTEKT_WLONN']);
    expect(names({ subject: 'Inntekt og formue' })).toEqual(['INNTEKT_WLONN']);
  });

  it('pages through the hits', () => {
    const all = names({});
    expect(all).toHaveLength(6);
    expect(search({ offset: 2, limit: 2 })).toMatchObject({ total: 6 });
    expect(names({ offset: 2, limit: 2 })).toEqual(all.slice(2, 4));
  });
});
