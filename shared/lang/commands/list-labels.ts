import { z } from 'zod';
import { defineCommand } from '../command-kit/define';
import { resolveRegisterVariable } from '../command-kit/register-variables';
import { arg, RegisterVariableSchema } from '../command-kit/shared';
import { closestName } from '../suggest';

/** `list-labels label-set` or `list-labels alias/VARIABLE`: shows a label set or a variable's code list. */
export const listLabelsCommand = defineCommand({
  name: 'list-labels',
  group: 'labels',
  usage: 'list-labels label-set | list-labels alias/VARIABLE',
  help: {
    nb: 'Viser innholdet i en labelliste fra skriptet, eller kodelisten til en registervariabel.',
    en: 'Shows the contents of a label set from the script, or the code list of a register variable.',
  },
  syntax: [{ kind: 'words', key: 'target', label: 'a label set or register variable' }],
  condition: false,
  options: [],
  payload: { labels: z.string().nullable(), variable: RegisterVariableSchema.nullable() },
  check(ctx) {
    const words = arg(ctx.cmd, 'target', 'words')?.words ?? [];
    const [first, slash, second] = words;
    if (first && slash?.text === '/' && second && words.length === 3) {
      const rv = {
        kind: 'register-var' as const,
        alias: first.text,
        name: second.text,
        aliasSpan: first.span,
        nameSpan: second.span,
        span: { start: first.span.start, end: second.span.end },
      };
      const resolved = resolveRegisterVariable(ctx, rv);
      return resolved ? { labels: null, variable: resolved.plan } : null;
    }
    if (!first || words.length !== 1) {
      ctx.sink.report('argument-count', ctx.cmd.span, {
        command: 'list-labels',
        expected_nb: 'én labelliste eller én registervariabel',
        expected_en: 'one label set or one register variable',
        found: words.length,
      });
      return null;
    }
    if (!ctx.ws.labelSets.has(first.text)) {
      ctx.sink.report('unknown-label-set', first.span, {
        name: first.text,
        hint: closestName(first.text, ctx.ws.labelSets.keys()),
      });
      return null;
    }
    return { labels: first.text, variable: null };
  },
});
