import type { DatastoreRef } from '../../shared/api/jobs';
import { type Catalog, catalogFromManifest, compile, hasErrors, PlanSchema } from '../../shared/lang/index';
import type { DatastoreEntry, DatastoreRegistry } from '../datastores/registry';
import { isReleased } from '../datastores/versions';
import type { ScriptCompilation, ScriptCompiler } from './compiler';

const catalogCache = new WeakMap<DatastoreEntry, Catalog>();

/**
 * The production compiler: shared/lang's `compile` over the released versions of every known datastore
 * (drafts only for a datastore that has no release yet), followed by a second validation of the plan
 * with `PlanSchema`, as the architecture asks of the server.
 */
export const langCompiler: ScriptCompiler = {
  compile(script: string, registry: DatastoreRegistry): ScriptCompilation {
    const result = compile(script, catalogsOf(registry));
    if (hasErrors(result.diagnostics) || result.plan === null)
      return { ok: false, diagnostics: result.diagnostics };
    const checked = PlanSchema.safeParse(result.plan);
    if (!checked.success) {
      const detail = checked.error.issues[0]?.message ?? 'invalid plan';
      const span = { start: 0, end: Math.min(1, script.length) };
      return {
        ok: false,
        diagnostics: [
          {
            code: 'internal-error',
            severity: 'error',
            message_nb: `Intern feil: planen er ugyldig (${detail}).`,
            message_en: `Internal error: the plan is invalid (${detail}).`,
            span,
          },
        ],
      };
    }
    const plan = checked.data;
    const refs = new Map<string, DatastoreRef>();
    for (const d of plan.datastores)
      refs.set(`${d.name}@${d.versionUsed}`, { name: d.name, version: d.versionUsed });
    return { ok: true, plan, datastores: [...refs.values()], totalSteps: plan.steps.length };
  },
};

function catalogsOf(registry: DatastoreRegistry): Catalog[] {
  const entries = registry.list();
  const released = new Set(entries.filter((e) => isReleased(e.version)).map((e) => e.name));
  return entries
    .filter((e) => isReleased(e.version) || !released.has(e.name))
    .map((entry) => {
      let catalog = catalogCache.get(entry);
      if (!catalog) {
        catalog = catalogFromManifest(entry.manifest);
        catalogCache.set(entry, catalog);
      }
      return catalog;
    });
}
