import { z } from 'zod';
import type { TermNode } from '../ast';
import { type CheckContext, currentDataset, resolveVariable } from '../check-context';
import { TypedExprSchema } from '../plan-expression';
import type { DatasetState, VariableState } from '../workspace';
import { type CommandDefinition, defineCommand, optionsSchema, resolveOptions } from './define';
import { arg, ColumnSchema, condition } from './shared';
import type { Help, OptionSpec, SyntaxElement } from './syntax';

/** One variable of a model term, with its factor prefix (`i.` dummies, `c.` continuous). */
export const FactorSchema = z.object({
  name: z.string(),
  type: z.enum(['number', 'string']),
  prefix: z.enum(['i', 'c']).nullable(),
});

/** A model term: a variable, or an interaction (`#`) or full factorial (`##`) of several. */
export const TermSchema = z.object({
  factors: z.array(FactorSchema),
  interaction: z.enum(['#', '##']).nullable(),
});
/** A model term in a plan step. */
export type Term = z.infer<typeof TermSchema>;

const nullableColumn = ColumnSchema.nullable();

/** Fields every model step has; the ones a model does not use are null. */
export const modelFields = {
  dataset: z.string(),
  /** The dependent variable (the event variable of survival models). */
  dependent: ColumnSchema,
  terms: z.array(TermSchema),
  /** ivregress: `(endogenous = instruments)`. */
  endogenous: z.array(TermSchema).nullable(),
  instruments: z.array(TermSchema).nullable(),
  /** regress-mml: group levels after `by`; oaxaca: the group variable. */
  groups: z.array(ColumnSchema).nullable(),
  /** rdd: the running variable. */
  running: nullableColumn,
  /** regress-panel-diff: treatment group and treated-period dummies. */
  group: nullableColumn,
  treated: nullableColumn,
  /** Survival models: the duration variable. */
  duration: nullableColumn,
  condition: TypedExprSchema.nullable(),
};

/** How a model command is declared. */
export interface ModelSpec<N extends string, O extends readonly OptionSpec[]> {
  name: N;
  group?: 'models' | 'survival';
  usage: string;
  help: Help;
  syntax: readonly SyntaxElement[];
  options: O;
  panel?: boolean;
  /** Names of single-variable roles in `syntax` (besides `dependent`). */
  roles?: readonly ('running' | 'group' | 'treated' | 'duration')[];
  /** *-predict: the new-variable options, with `predicted` made when none is given. */
  predicts?: boolean;
  /** mlogit-predict: one new variable per category, `name_1`, `name_2`, ... */
  perCategory?: boolean;
}

function checkTerms(ctx: CheckContext, ds: DatasetState, terms: readonly TermNode[]): Term[] | null {
  let ok = true;
  const out: Term[] = [];
  for (const t of terms) {
    const factors = [];
    for (const f of t.factors) {
      const v = resolveVariable(ctx, ds, { kind: 'name', name: f.name, span: f.span }, 'value');
      if (!v) {
        ok = false;
        continue;
      }
      if (v.type === 'string' && f.prefix !== 'i') {
        ctx.sink.report('numeric-required', f.span, { name: v.name, command: ctx.cmd.name });
        ok = false;
      }
      factors.push({ name: v.name, type: v.type, prefix: f.prefix });
    }
    out.push({ factors, interaction: t.interaction });
  }
  return ok ? out : null;
}

function numericRole(ctx: CheckContext, ds: DatasetState, key: string): VariableState | null | undefined {
  const n = arg(ctx.cmd, key, 'name');
  if (!n) return null;
  const v = resolveVariable(ctx, ds, n, 'value');
  if (!v) return undefined;
  if (v.type !== 'number') {
    ctx.sink.report('numeric-required', n.span, { name: v.name, command: ctx.cmd.name });
    return undefined;
  }
  return v;
}

const col = (v: VariableState | null | undefined) => (v ? { name: v.name, type: v.type } : null);

/** Declares a model command; its check resolves every variable and, for *-predict, adds the new variables. */
export function defineModelCommand<N extends string, const O extends readonly OptionSpec[]>(
  spec: ModelSpec<N, O>,
) {
  const options = optionsSchema(spec.options);
  const payload = { ...modelFields, options };
  return defineCommand({
    name: spec.name,
    group: spec.group ?? 'models',
    usage: spec.usage,
    help: spec.help,
    syntax: spec.syntax,
    condition: true,
    options: spec.options,
    payload,
    check(ctx) {
      const ds = currentDataset(ctx);
      if (!ds) return null;
      if (spec.panel && ds.shape !== 'panel') {
        ctx.sink.report('not-a-panel', ctx.cmd.nameSpan, { command: spec.name, dataset: ds.name });
        return null;
      }
      const dependent = numericRole(ctx, ds, 'dependent');
      const roles: Record<string, VariableState | null | undefined> = {};
      for (const r of spec.roles ?? []) roles[r] = numericRole(ctx, ds, r);
      const terms = checkTerms(ctx, ds, arg(ctx.cmd, 'terms', 'terms')?.terms ?? []);
      const iv = arg(ctx.cmd, 'iv', 'iv');
      const endogenous = iv ? checkTerms(ctx, ds, iv.endogenous) : null;
      const instruments = iv ? checkTerms(ctx, ds, iv.instruments) : null;
      const groupNames =
        arg(ctx.cmd, 'groups', 'names')?.items ??
        (arg(ctx.cmd, 'groups', 'name') ? [arg(ctx.cmd, 'groups', 'name')!] : null);
      const groups = groupNames?.map((n) => resolveVariable(ctx, ds, n, 'value')) ?? null;
      const cond = condition(ctx, ds);
      const { values, newNames } = resolveOptions(ctx, ds, spec.options);
      const failed =
        !dependent ||
        Object.values(roles).some((r) => r === undefined) ||
        !terms ||
        (iv && (!endogenous || !instruments)) ||
        groups?.some((g) => !g) ||
        cond === undefined;
      if (spec.predicts)
        addPredictions(
          ctx,
          ds,
          values as Record<string, unknown>,
          newNames.size > 0,
          spec.perCategory ?? false,
        );
      if (failed) return null;
      return {
        dataset: ds.name,
        dependent: col(dependent)!,
        terms: terms!,
        endogenous,
        instruments,
        groups: groups ? groups.map((g) => col(g)!) : null,
        running: col(roles.running),
        group: col(roles.group),
        treated: col(roles.treated),
        duration: col(roles.duration),
        condition: cond ?? null,
        options: values,
      };
    },
  }) as CommandDefinition<N, typeof modelFields & { options: typeof options }>;
}

const PREDICTION_OPTIONS = ['predicted', 'residuals', 'cooksd', 'probabilities', 'effects'];

function addPredictions(
  ctx: CheckContext,
  ds: DatasetState,
  values: Record<string, unknown>,
  given: boolean,
  perCategory: boolean,
): void {
  if (!given) {
    if (ds.variables.has('predicted')) {
      ctx.sink.report('variable-exists', ctx.cmd.nameSpan, { name: 'predicted', dataset: ds.name });
      return;
    }
    values.predicted = 'predicted';
  }
  for (const key of PREDICTION_OPTIONS) {
    const newName = values[key];
    if (typeof newName !== 'string') continue;
    if (perCategory) ds.patterns.push({ prefix: `${newName}_`, type: 'number' });
    else
      ds.variables.set(newName, {
        name: newName,
        type: 'number',
        valueType: 'decimal',
        pseudonymOf: null,
        labels: null,
        source: null,
      });
  }
}
