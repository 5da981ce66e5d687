import { z } from 'zod';
import type { RecodeMatchNode, RecodeRuleNode } from '../ast';
import { type CheckContext, checkNewVariable, currentDataset, reportDuplicates } from '../check-context';
import { defineCommand, resolveOptions } from '../command-kit/define';
import { arg, ColumnSchema, columns, condition, nameList, resolveAll } from '../command-kit/shared';
import { names, option } from '../command-kit/syntax';
import { TypedExprSchema } from '../plan-expression';
import type { ValueKind, VariableState } from '../workspace';

const RECODE_OPTIONS = [
  option(
    'prefix',
    'string',
    'Legger resultatet i nye variabler: prefiks + navn.',
    'Puts the result in new variables: prefix + name.',
  ),
  option(
    'generate',
    'text',
    'Legger resultatet i nye variabler med disse navnene.',
    'Puts the result in new variables with these names.',
  ),
] as const;

const MatchSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), value: z.union([z.number(), z.string()]) }),
  z.object({ kind: z.literal('range'), low: z.number().nullable(), high: z.number().nullable() }),
  z.object({ kind: z.literal('else') }),
  z.object({ kind: z.literal('missing') }),
  z.object({ kind: z.literal('nonmissing') }),
]);

/** One recode rule; `to: null` gives missing; `low/high: null` stand for min/max. */
export const RecodeRuleSchema = z.object({
  matches: z.array(MatchSchema),
  to: z.union([z.number(), z.string()]).nullable(),
  label: z.string().nullable(),
});

function planMatch(m: RecodeMatchNode): z.infer<typeof MatchSchema> {
  switch (m.kind) {
    case 'value':
      return { kind: 'value', value: m.value };
    case 'range':
      return { kind: 'range', low: m.low === 'min' ? null : m.low, high: m.high === 'max' ? null : m.high };
    default:
      return { kind: m.kind };
  }
}

function checkRuleTypes(ctx: CheckContext, rules: readonly RecodeRuleNode[], v: VariableState): boolean {
  const want: ValueKind = v.type;
  for (const r of rules) {
    for (const m of r.matches) {
      const bad =
        (m.kind === 'value' && typeof m.value !== (want === 'number' ? 'number' : 'string')) ||
        (m.kind === 'range' && want === 'string');
      if (bad) {
        ctx.sink.report('recode-type-mismatch', m.span, { name: v.name, expected: want });
        return false;
      }
    }
    if (r.to.value !== null && typeof r.to.value !== (want === 'number' ? 'number' : 'string')) {
      ctx.sink.report('recode-type-mismatch', r.to.span, { name: v.name, expected: want });
      return false;
    }
  }
  return true;
}

/** `recode var-list (rule) ... [if] [, prefix() generate()]`: new values by rules; unmatched values stay. */
export const recodeCommand = defineCommand({
  name: 'recode',
  group: 'variables',
  usage: 'recode variable-list (rule) [(rule) ...] [if condition] [, prefix(text) generate(names)]',
  help: {
    nb: 'Koder om verdier etter regler som (1/5 = 1 "lav") (6 7 = 2) (else = 3); verdier uten regel beholdes. En label i regelen gir verdien en label.',
    en: 'Recodes values by rules like (1/5 = 1 "low") (6 7 = 2) (else = 3); values without a rule are kept. A label in a rule labels the value.',
  },
  syntax: [
    names('variables', 'variable', 'variables'),
    { kind: 'recode-rules', key: 'rules', label: 'rules' },
  ],
  condition: true,
  options: RECODE_OPTIONS,
  payload: {
    dataset: z.string(),
    variables: z.array(ColumnSchema),
    targets: z.array(z.string()),
    rules: z.array(RecodeRuleSchema),
    condition: TypedExprSchema.nullable(),
  },
  check(ctx) {
    const ds = currentDataset(ctx);
    const rules = arg(ctx.cmd, 'rules', 'recode-rules');
    if (!ds || !rules) return null;
    const items = nameList(ctx.cmd, 'variables');
    reportDuplicates(ctx, items);
    const vars = resolveAll(ctx, ds, items, 'value');
    const cond = condition(ctx, ds);
    const { values } = resolveOptions(ctx, ds, RECODE_OPTIONS);
    if (!vars || cond === undefined) return null;
    if (!vars.every((v) => checkRuleTypes(ctx, rules.rules, v))) return null;
    let targets = vars.map((v) => v.name);
    const explicit = values.generate?.split(/[\s,]+/).filter(Boolean);
    if (explicit && explicit.length !== vars.length) {
      ctx.sink.report('option-arguments', ctx.cmd.options.find((o) => o.name === 'generate')!.span, {
        option: 'generate',
        expected_nb: `${vars.length} navn`,
        expected_en: `${vars.length} names`,
      });
      return null;
    }
    if (explicit || values.prefix !== undefined) {
      targets = explicit ?? vars.map((v) => `${values.prefix}${v.name}`);
      const taken = new Set<string>();
      for (const t of targets) {
        if (!checkNewVariable(ctx, ds, { kind: 'name', name: t, span: ctx.cmd.nameSpan }, taken)) return null;
        taken.add(t);
      }
    }
    const labelled = rules.rules.some((r) => r.label);
    vars.forEach((v, i) => {
      const target = targets[i]!;
      ds.variables.set(target, { ...v, name: target, labels: labelled ? `recode:${target}` : v.labels });
    });
    return {
      dataset: ds.name,
      variables: columns(vars),
      targets,
      rules: rules.rules.map((r) => ({
        matches: r.matches.map(planMatch),
        to: r.to.value,
        label: r.label?.text ?? null,
      })),
      condition: cond,
    };
  },
});
