import { z } from 'zod';
import type { CheckContext } from '../check-context';
import { type CommandDefinition, defineCommand } from './define';
import { arg } from './shared';
import type { Help } from './syntax';

const words = [{ kind: 'words' as const, key: 'words', label: 'words' }];

function wordsOf(ctx: CheckContext): string[] {
  return (arg(ctx.cmd, 'words', 'words')?.words ?? []).map((w) => w.text);
}

/** Declares a session command that takes free words (help, history, configure, ...). */
export function sessionCommand<N extends string>(
  name: N,
  usage: string,
  help: Help,
  inert = false,
): CommandDefinition<N, { words: z.ZodArray<z.ZodString> }> {
  return defineCommand({
    name,
    group: 'session',
    usage,
    help,
    syntax: words,
    condition: false,
    options: [],
    payload: { words: z.array(z.string()) },
    check(ctx) {
      if (inert) ctx.sink.report('not-supported', ctx.cmd.nameSpan, { command: name });
      return { words: wordsOf(ctx) };
    },
  });
}
