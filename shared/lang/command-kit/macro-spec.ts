import type { CommandSpec } from './syntax';

/** The spec of a command handled before parsing (let, for, end): listed for help and completion only. */
export function macroSpec(name: string, usage: string, nb: string, en: string): CommandSpec {
  return {
    name,
    group: 'session',
    usage,
    help: { nb, en },
    syntax: [],
    condition: false,
    options: [],
    phase: 'macro',
  };
}
