import type { NameArg } from '../ast';
import { type CheckContext, isPlainName } from '../check-context';

/** Checks a name for a new dataset: a plain name that no dataset has. */
export function checkNewDataset(ctx: CheckContext, n: NameArg): boolean {
  if (!isPlainName(n.name)) {
    ctx.sink.report('invalid-name', n.span, { name: n.name });
    return false;
  }
  if (ctx.ws.datasets.has(n.name)) {
    ctx.sink.report('dataset-exists', n.span, { name: n.name });
    return false;
  }
  return true;
}
