import { z } from 'zod';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';
import { ivregressCommand } from './ivregress';
import { logitCommand } from './logit';
import { mlogitCommand } from './mlogit';
import { negativeBinomialCommand } from './negative-binomial';
import { poissonCommand } from './poisson';
import { probitCommand } from './probit';
import { regressCommand } from './regress';
import { regressPanelCommand } from './regress-panel';

const MODELS = [
  regressCommand,
  logitCommand,
  probitCommand,
  mlogitCommand,
  poissonCommand,
  negativeBinomialCommand,
  ivregressCommand,
  regressPanelCommand,
] as const;

/** The model a coefplot draws: the step the model command would have been. */
const ModelStepSchema = z.discriminatedUnion('kind', [
  regressCommand.stepSchema,
  logitCommand.stepSchema,
  probitCommand.stepSchema,
  mlogitCommand.stepSchema,
  poissonCommand.stepSchema,
  negativeBinomialCommand.stepSchema,
  ivregressCommand.stepSchema,
  regressPanelCommand.stepSchema,
]);

/** `coefplot regress y x ...`: the coefficients of a model with confidence intervals, as a chart. */
export const coefplotCommand = defineCommand({
  name: 'coefplot',
  group: 'graphs',
  usage: 'coefplot model-command dependent variable-list [if condition] [, options]',
  help: {
    nb: 'Tegner koeffisientene til en regresjon med konfidensintervall. Skriv regresjonskommandoen etter coefplot.',
    en: 'Draws the coefficients of a regression with confidence intervals. Write the regression command after coefplot.',
  },
  syntax: [{ kind: 'command', key: 'model', label: 'a model command' }],
  condition: false,
  options: [],
  payload: { model: ModelStepSchema },
  check(ctx) {
    const nested = arg(ctx.cmd, 'model', 'command');
    if (!nested) return null;
    const model = MODELS.find((m) => m.name === nested.command.name);
    if (!model) {
      ctx.sink.report('expected', nested.command.nameSpan, {
        what_nb: `en regresjonskommando (${MODELS.map((m) => m.name).join(', ')})`,
        what_en: `a regression command (${MODELS.map((m) => m.name).join(', ')})`,
        found: nested.command.name,
      });
      return null;
    }
    const payload = model.check({ ...ctx, cmd: nested.command });
    if (!payload) return null;
    const base = { kind: model.name, span: nested.span, line: ctx.lineOf(nested.span.start) };
    return { model: { ...base, ...payload } as z.infer<typeof ModelStepSchema> };
  },
});
