import type { NameArg } from '../ast';
import type { CheckContext } from '../check-context';
import { findOption } from './define';

export { arg } from './shared';

/** The single variable name written in option `name(...)`: null when the option is absent, undefined when malformed (reported). */
export function findOptionName(ctx: CheckContext, optionName: string): NameArg | null | undefined {
  const node = findOption(ctx, optionName);
  if (!node) return null;
  const first = node.args?.[0];
  if (node.args?.length === 1 && first?.kind === 'ref')
    return { kind: 'name', name: first.name, span: first.span };
  if (node.args?.length === 1) {
    ctx.sink.report('expected', first!.span, {
      what_nb: 'et variabelnavn',
      what_en: 'a variable name',
      found: 'an expression',
    });
  }
  return undefined;
}
