import { z } from 'zod';
import { versionMatches } from '../catalog';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';
import { keyword, name } from '../command-kit/syntax';

/** `require no.ssb.fdb:33 as db`: links a datastore version to a local alias. */
export const requireCommand = defineCommand({
  name: 'require',
  group: 'datastore',
  usage: 'require datastore[:version] as alias',
  help: {
    nb: 'Kobler et datalager (og eventuelt en versjon) til et lokalt alias som brukes i import: alias/VARIABEL.',
    en: 'Links a datastore (and optionally a version) to a local alias used in imports: alias/VARIABLE.',
  },
  syntax: [
    { kind: 'datastore', key: 'datastore', label: 'datastore' },
    keyword('as', name('alias', 'alias', 'alias')),
  ],
  condition: false,
  options: [],
  payload: {
    alias: z.string(),
    datastore: z.string(),
    versionRequested: z.string().nullable(),
    versionUsed: z.string(),
  },
  check(ctx) {
    const store = arg(ctx.cmd, 'datastore', 'datastore');
    const alias = arg(ctx.cmd, 'alias', 'name');
    if (!store || !alias) return null;
    const catalog = ctx.catalogs.find((c) => c.name === store.name) ?? null;
    const previous = ctx.ws.datastores.get(alias.name);
    if (previous && previous.name !== store.name)
      ctx.sink.report('alias-redefined', alias.span, { alias: alias.name });
    if (!catalog) {
      ctx.sink.report('unknown-datastore', store.span, {
        name: store.name,
        available: ctx.catalogs.map((c) => c.name).join(', ') || 'none',
      });
      ctx.ws.datastores.set(alias.name, {
        alias: alias.name,
        name: store.name,
        requested: store.version,
        used: '',
        catalog: null,
      });
      return null;
    }
    if (store.version !== null && !versionMatches(store.version, catalog.version)) {
      ctx.sink.report('datastore-version-substituted', store.span, {
        name: store.name,
        requested: store.version,
        used: catalog.version,
      });
    }
    ctx.ws.datastores.set(alias.name, {
      alias: alias.name,
      name: store.name,
      requested: store.version,
      used: catalog.version,
      catalog,
    });
    return {
      alias: alias.name,
      datastore: store.name,
      versionRequested: store.version,
      versionUsed: catalog.version,
    };
  },
});
