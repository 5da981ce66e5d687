import { z } from 'zod';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';

/** `textblock ... endblock`: free text (Markdown) shown in the output. */
export const textblockCommand = defineCommand({
  name: 'textblock',
  group: 'session',
  usage: 'textblock ... endblock',
  help: {
    nb: 'Tekst (Markdown) mellom textblock og endblock vises i resultatet.',
    en: 'Text (Markdown) between textblock and endblock is shown in the output.',
  },
  syntax: [],
  condition: false,
  options: [],
  payload: { text: z.string() },
  check: (ctx) => ({ text: arg(ctx.cmd, 'text', 'text')?.text ?? '' }),
});
