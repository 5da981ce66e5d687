import { defineCommand } from '../command-kit/define';
import { emptyWorkspace } from '../workspace';

/** `clear`: removes every dataset and label set. */
export const clearCommand = defineCommand({
  name: 'clear',
  group: 'session',
  usage: 'clear',
  help: {
    nb: 'Fjerner alle datasett og labellister i økten.',
    en: 'Removes all datasets and label sets of the session.',
  },
  syntax: [],
  condition: false,
  options: [],
  payload: {},
  check(ctx) {
    const fresh = emptyWorkspace();
    ctx.ws.datasets = fresh.datasets;
    ctx.ws.labelSets = fresh.labelSets;
    ctx.ws.current = null;
    ctx.ws.exactDatasets = true;
    return {};
  },
});
