import type { StepHandler } from './registry';

/** `define-labels name code label ...`: a user label set (replaces one of the same name). */
export const defineLabelsHandler: StepHandler<'define-labels'> = async (step) => ({
  labels: [{ kind: 'define', set: { name: step.name, type: step.type, entries: step.entries } }],
});

/** `assign-labels variable set`: the variable shows the set's labels from now on. */
export const assignLabelsHandler: StepHandler<'assign-labels'> = async (step) => ({
  labels: [{ kind: 'assign', dataset: step.dataset, variable: step.variable, labels: step.labels }],
});

/** `drop-labels set ...`: removes user label sets; variables that used them show plain codes. */
export const dropLabelsHandler: StepHandler<'drop-labels'> = async (step) => ({
  labels: [{ kind: 'drop', names: step.names }],
});

/** `list-labels set` or `list-labels alias/VARIABLE`: the codes and labels, as text (public metadata only). */
export const listLabelsHandler: StepHandler<'list-labels'> = async (step, ctx) => {
  const base = { line: step.line, command: step.kind, span: step.span };
  let title: string;
  let entries: [string, string][];
  if (step.labels !== null) {
    const set = ctx.workspace.labelSet?.(step.labels);
    title = step.labels;
    entries = set ? set.entries.map((e) => [String(e.value), e.label]) : [];
  } else if (step.variable !== null) {
    const list =
      step.variable.codeList && ctx.source.codeList
        ? await ctx.source.codeList(step.variable.codeList)
        : null;
    title = `${step.variable.alias}/${step.variable.name}`;
    entries = list ? list.codes.map((c) => [c.code, c.label.nb]) : [];
  } else return undefined;
  const rows = entries.map(([code, label]) => `| ${escapeCell(code)} | ${escapeCell(label)} |`);
  const text =
    entries.length === 0
      ? `**${title}**: ingen etiketter / no labels`
      : [`**${title}**`, '', '| kode / code | etikett / label |', '| --- | --- |', ...rows].join('\n');
  ctx.emit({ ...base, kind: 'text', format: 'markdown', text });
  return undefined;
};

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
