import type {
  Completion,
  CompletionContext,
  CompletionResult,
  CompletionSource,
} from '@codemirror/autocomplete';
import type { CompletionData } from '../../../../worker/completion-data';
import type { WorkspaceModel } from '../../../../worker/workspace-model';
import { completionPlace } from './completion-context';

/** What completion reads at the moment it runs (the latest worker answers and the chosen language). */
export interface CompletionInputs {
  data(): CompletionData | null;
  workspace(): WorkspaceModel | null;
  lang(): 'nb' | 'en';
}

function registerOptions(inputs: CompletionInputs, alias: string): Completion[] {
  const data = inputs.data();
  const ws = inputs.workspace();
  const datastore = ws?.datastores.find((d) => d.alias === alias)?.name;
  const lang = inputs.lang();
  return (data?.variables ?? [])
    .filter((v) => !datastore || v.datastore === datastore)
    .map((v) => ({
      label: v.name,
      type: 'class',
      detail: v.title[lang],
      info: `${v.temporality} · ${v.unitType}`,
    }));
}

function nameOptions(inputs: CompletionInputs): Completion[] {
  const lang = inputs.lang();
  const ws = inputs.workspace();
  const current = ws?.datasets.find((d) => d.name === ws.current);
  const variables = (current?.variables ?? []).map((v) => ({
    label: v.name,
    type: 'variable',
    detail: v.source ?? v.valueType,
    boost: 2,
  }));
  const datasets = (ws?.datasets ?? []).map((d) => ({
    label: d.name,
    type: 'namespace',
    detail: d.unit ?? '',
  }));
  const functions = (inputs.data()?.functions ?? []).map((f) => ({
    label: f.name,
    type: 'function',
    detail: f.usage,
    info: f.help[lang],
    apply: `${f.name}(`,
  }));
  return [...variables, ...datasets, ...functions];
}

/** CodeMirror completion for commands, options, functions, workspace variables and register variables. */
export function scriptCompletion(inputs: CompletionInputs): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const place = completionPlace(line.text.slice(0, context.pos - line.from));
    if (place.kind === 'none') return null;
    if (!context.explicit && place.prefix === '' && place.kind !== 'register-variable') return null;
    const from = context.pos - place.prefix.length;
    const lang = inputs.lang();
    const commands = inputs.data()?.commands ?? [];
    let options: Completion[];
    if (place.kind === 'command') {
      options = commands.map((c) => ({
        label: c.name,
        type: 'keyword',
        detail: c.usage,
        info: c.help[lang],
      }));
    } else if (place.kind === 'register-variable') {
      options = registerOptions(inputs, place.alias);
    } else if (place.kind === 'option') {
      const spec = commands.find((c) => c.name === place.command);
      options = (spec?.options ?? []).map((o) => ({
        label: o.name,
        type: 'property',
        detail: o.arg === 'none' ? '' : `(${o.arg})`,
        info: o.help[lang],
        apply: o.arg === 'none' ? o.name : `${o.name}(`,
      }));
    } else {
      options = nameOptions(inputs);
    }
    return { from, options, validFor: /^[\w\u00C0-\u024F-]*$/ };
  };
}
