import type { CommandNode, NameArg } from './ast';
import type { Catalog } from './catalog';
import type { DiagnosticSink } from './diagnostic-sink';
import type { Span } from './spans';
import { closestName } from './suggest';
import type { DatasetState, VariableState, Workspace } from './workspace';

/** What a command's check gets: the workspace to read and change, where to report, the catalogues. */
export interface CheckContext {
  ws: Workspace;
  sink: DiagnosticSink;
  catalogs: readonly Catalog[];
  cmd: CommandNode;
  /** 1-based line of an offset in the original text. */
  lineOf: (offset: number) => number;
}

/** How a variable is used: as a value (expressions, output), as a key, or carried along unread. */
export type Usage = 'value' | 'key' | 'transport';

/** The dataset in use, or null after reporting that there is none. */
export function currentDataset(ctx: CheckContext): DatasetState | null {
  const ds = ctx.ws.current ? ctx.ws.datasets.get(ctx.ws.current) : undefined;
  if (ds) return ds;
  if (ctx.ws.exactDatasets) ctx.sink.report('no-dataset', ctx.cmd.nameSpan, { command: ctx.cmd.name });
  return null;
}

/** A dataset by name, or null after reporting it unknown (with a suggestion). */
export function findDataset(ctx: CheckContext, n: NameArg): DatasetState | null {
  const ds = ctx.ws.datasets.get(n.name);
  if (ds) return ds;
  if (ctx.ws.exactDatasets) {
    ctx.sink.report('unknown-dataset', n.span, {
      name: n.name,
      hint: closestName(n.name, ctx.ws.datasets.keys()),
    });
  }
  return null;
}

/** The id variable name of a dataset's units (`PERSONID_1`), when its units are of a catalogue unit type. */
export function unitIdName(ctx: CheckContext, ds: DatasetState): string | null {
  if (ds.unit?.kind !== 'unit') return null;
  const unitType = ds.unit.unitType;
  for (const c of ctx.catalogs) {
    const meta = c.unitType(unitType);
    if (meta) return meta.idVariable;
  }
  return null;
}

/** True when `name` is the id variable of any unit type (they are never ordinary variables). */
export function isAnyUnitId(ctx: CheckContext, name: string): boolean {
  return ctx.catalogs.some((c) => c.unitTypes().some((u) => u.idVariable === name));
}

/** Resolves a variable of a dataset for a use, reporting unknown names and pseudonymised ids used as values. */
export function resolveVariable(
  ctx: CheckContext,
  ds: DatasetState,
  n: NameArg,
  usage: Usage,
): VariableState | null {
  const canonical = ds.variables.has(n.name) ? undefined : ds.aliases.get(n.name);
  const v = ds.variables.get(canonical ?? n.name);
  if (v && canonical) ctx.sink.report('variable-alias', n.span, { name: n.name, canonical });
  if (v) {
    if (usage === 'value' && v.pseudonymOf) {
      ctx.sink.report('pseudonym-misuse', n.span, { name: n.name });
      return null;
    }
    return v;
  }
  if (n.name === unitIdName(ctx, ds) || (ds.unit === null && isAnyUnitId(ctx, n.name))) {
    if (usage === 'key' && ds.unit?.kind === 'unit') {
      return {
        name: n.name,
        type: 'number',
        valueType: 'integer',
        pseudonymOf: ds.unit.unitType,
        labels: null,
        source: null,
      };
    }
    ctx.sink.report('pseudonym-misuse', n.span, { name: n.name });
    return null;
  }
  if (ds.poisoned.has(n.name)) return null;
  const pattern = ds.patterns.find(
    (p) => n.name.startsWith(p.prefix) && /^\d+$/.test(n.name.slice(p.prefix.length)),
  );
  if (pattern) {
    return {
      name: n.name,
      type: pattern.type,
      valueType: 'decimal',
      pseudonymOf: null,
      labels: null,
      source: null,
    };
  }
  if (ds.exact) {
    const hint = closestName(n.name, ds.variables.keys());
    ctx.sink.report('unknown-variable', n.span, { name: n.name, dataset: ds.name, hint });
  }
  return null;
}

const RESERVED = new Set(['if', 'in', 'as', 'to', 'into', 'on', 'by', 'else', 'min', 'max', '_all']);

/** Checks a name for a new variable: a plain name that is not taken. */
export function checkNewVariable(
  ctx: CheckContext,
  ds: DatasetState,
  n: NameArg,
  taken?: Set<string>,
): boolean {
  if (!isPlainName(n.name) || isAnyUnitId(ctx, n.name)) {
    ctx.sink.report('invalid-name', n.span, { name: n.name });
    return false;
  }
  if (ds.variables.has(n.name) || taken?.has(n.name)) {
    ctx.sink.report('variable-exists', n.span, { name: n.name, dataset: ds.name });
    return false;
  }
  return true;
}

/** A name a user may give to a variable or dataset: letters, digits and `_`, not a keyword. */
export function isPlainName(text: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(text) && !RESERVED.has(text);
}

/** Reports names listed twice. */
export function reportDuplicates(ctx: CheckContext, items: readonly { name: string; span: Span }[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.name)) ctx.sink.report('duplicate-variable', item.span, { name: item.name });
    seen.add(item.name);
  }
}
