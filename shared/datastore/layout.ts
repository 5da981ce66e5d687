/** Paths inside a datastore directory, relative to its root. One place so that no part spells them twice. */
export const datastoreLayout = {
  manifest: 'datastore.json',
  variable: (name: string) => `data/${name}.parquet`,
  codeList: (name: string) => `codelists/${name}.json`,
  recordKeys: (unitType: string) => `keys/${unitType}.parquet`,
} as const;
