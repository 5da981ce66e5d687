import type { DatastoreManifest } from '../shared/datastore/manifest';
import { commandSpecs, functionList, type Help } from '../shared/lang/index';

/** A command as completion and hover show it. */
export interface CommandEntry {
  name: string;
  group: string;
  usage: string;
  help: Help;
  options: { name: string; arg: string; help: Help }[];
}

/** A function as completion shows it. */
export interface FunctionEntry {
  name: string;
  usage: string;
  help: Help;
}

/** A register variable as completion shows it (`alias/NAME`). */
export interface RegisterVariableEntry {
  datastore: string;
  name: string;
  title: Help;
  temporality: string;
  unitType: string;
}

/** Everything the editor completes and explains, from the same registries the checker uses. */
export interface CompletionData {
  commands: CommandEntry[];
  functions: FunctionEntry[];
  variables: RegisterVariableEntry[];
}

/** Builds the completion data from the command and function registries and the known manifests. */
export function completionData(manifests: readonly DatastoreManifest[]): CompletionData {
  return {
    commands: commandSpecs.map((c) => ({
      name: c.name,
      group: c.group,
      usage: c.usage,
      help: c.help,
      options: c.options.map((o) => ({ name: o.name, arg: o.arg, help: o.help })),
    })),
    functions: functionList.map((f) => ({ name: f.name, usage: f.usage, help: f.help })),
    variables: manifests.flatMap((m) =>
      m.variables.map((v) => ({
        datastore: m.name,
        name: v.name,
        title: v.title,
        temporality: v.temporality,
        unitType: v.unitType,
      })),
    ),
  };
}
