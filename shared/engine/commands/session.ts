import { commands } from '../../lang/commands/registry';
import { functionList, functions } from '../../lang/functions/registry';
import type { StepKind, StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import type { StepHandler } from './registry';

function text(step: StepOf<StepKind>, ctx: EngineContext, body: string): undefined {
  ctx.emit({
    line: step.line,
    command: step.kind,
    span: step.span,
    kind: 'text',
    format: 'markdown',
    text: body,
  });
  return undefined;
}

/** `textblock ... endblock`: the user's own text, shown as written (Markdown). */
export const textblockHandler: StepHandler<'textblock'> = async (step, ctx) => text(step, ctx, step.text);

/** `help [command]`: the command's usage and help, or the list of commands. */
export const helpHandler: StepHandler<'help'> = async (step, ctx) => {
  const spec = step.words[0] ? commands.get(step.words[0]) : undefined;
  if (spec) return text(step, ctx, `**${spec.usage}**\n\n${spec.help.nb}\n\n_${spec.help.en}_`);
  return text(step, ctx, [...commands.values()].map((c) => `- \`${c.usage}\``).join('\n'));
};

/** `help-function [function]`: the function's usage and help, or the list of functions. */
export const helpFunctionHandler: StepHandler<'help-function'> = async (step, ctx) => {
  const spec = step.words[0] ? functions.get(step.words[0]) : undefined;
  if (spec) return text(step, ctx, `**${spec.usage}**\n\n${spec.help.nb}\n\n_${spec.help.en}_`);
  return text(step, ctx, functionList.map((f) => `- \`${f.usage}\``).join('\n'));
};

/** `variables alias/VAR ...`: the catalogue's description of register variables (public metadata). */
export const variablesHandler: StepHandler<'variables'> = async (step, ctx) => {
  const lines = step.variables.map((v) => {
    const meta = ctx.source.manifest.variables.find((m) => m.name === v.name);
    const title = meta ? `${meta.title.nb} / ${meta.title.en}` : '';
    return `- **${v.alias}/${v.name}** (${v.temporality}, ${v.valueType}, ${v.unitType}) ${title}`;
  });
  return text(step, ctx, lines.join('\n'));
};

/** `history`: the workspace's datasets and their variables (names only, no data). */
export const historyHandler: StepHandler<'history'> = async (step, ctx) => {
  const lines = ctx.workspace
    .all()
    .map((d) => `- **${d.name}** (${d.unitType || '—'}): ${d.columns.map((c) => c.name).join(', ')}`);
  return text(step, ctx, lines.length > 0 ? lines.join('\n') : 'Ingen datasett / no datasets');
};

/** `clear`: an empty workspace (the population rules still remember earlier populations). */
export const clearHandler: StepHandler<'clear'> = async () => ({ clear: true });

/** `configure`, `edit`, `load`, `save`: microdata.no session commands with nothing to do in a script run. */
export const inertHandler = async (): Promise<undefined> => undefined;
