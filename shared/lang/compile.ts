import type { Catalog } from './catalog';
import { check } from './checker';
import { commands } from './commands/registry';
import { DIAGNOSTIC_LIMIT } from './diagnostic-sink';
import { type Diagnostic, diagnostic, hasErrors } from './diagnostics';
import { lex } from './lexer';
import { expandMacros } from './macros';
import { parseScript } from './parse-script';
import { parseCommands } from './parser';
import type { Plan } from './plan';
import { buildPlan } from './planner';
import { clampSpan, LineIndex } from './spans';
import { emptyWorkspace, type Workspace } from './workspace';

/** Scripts longer than this (UTF-16 units) are refused whole; real scripts are far smaller. */
export const MAX_SCRIPT_LENGTH = 1_000_000;

/** What `compile` may be asked to skip. */
export interface CompileOptions {
  /** Build and validate the plan (default true); editors checking as you type can skip it. */
  plan?: boolean;
}

/** Diagnostics, the plan (null when there are errors or it was not asked for), and datastores the caller lacked. */
export interface CompileResult {
  diagnostics: Diagnostic[];
  plan: Plan | null;
  /** Datastores the script requires that were not among the catalogues: fetch them and compile again. */
  needs: { datastores: string[] };
  /** The checker's model of the datasets and variables at the end of the script (no data: names and types). */
  workspace: Workspace;
}

const lookup = {
  spec: (name: string) => commands.get(name),
  names: () => commands.keys(),
};

/** Compiles a script: lexer, statements, macros, parser, checker and planner. Never throws. */
export function compile(
  text: string,
  catalogs: readonly Catalog[],
  options: CompileOptions = {},
): CompileResult {
  try {
    return run(text, catalogs, options);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      diagnostics: [diagnostic('internal-error', { start: 0, end: Math.min(text.length, 1) }, { detail })],
      plan: null,
      needs: { datastores: [] },
      workspace: emptyWorkspace(),
    };
  }
}

function run(text: string, catalogs: readonly Catalog[], options: CompileOptions): CompileResult {
  if (text.length > MAX_SCRIPT_LENGTH) {
    const d = diagnostic(
      'script-too-large',
      { start: 0, end: 0 },
      { size: text.length, limit: MAX_SCRIPT_LENGTH },
    );
    return { diagnostics: [d], plan: null, needs: { datastores: [] }, workspace: emptyWorkspace() };
  }
  const lines = new LineIndex(text);
  const lexed = lex(text, { isCommand: (name) => commands.has(name) });
  const script = parseScript(lexed.value);
  const expanded = expandMacros(script.value);
  const parsed = parseCommands(expanded.value, lookup);
  const before = [
    ...lexed.diagnostics,
    ...script.diagnostics,
    ...expanded.diagnostics,
    ...parsed.diagnostics,
  ];
  const checked = check(parsed.value, catalogs, (offset) => lines.line(offset), hasErrors(before));
  const all = [...before, ...checked.diagnostics];
  const planned =
    options.plan === false
      ? { value: null, diagnostics: [] }
      : buildPlan(checked.value.steps, checked.value.workspace, hasErrors(all));
  const needs = [...checked.value.workspace.datastores.values()].filter((d) => !d.catalog).map((d) => d.name);
  return {
    diagnostics: finish([...all, ...planned.diagnostics], text.length),
    plan: planned.value,
    needs: { datastores: [...new Set(needs)] },
    workspace: checked.value.workspace,
  };
}

/** Orders diagnostics by place, drops repeats (loops report once per place), clamps spans and caps the count. */
function finish(diagnostics: readonly Diagnostic[], length: number): Diagnostic[] {
  let dropped = 0;
  const seen = new Set<string>();
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.code === 'diagnostics-truncated') {
      dropped += Number(/^\d+/.exec(d.message_en)?.[0] ?? 0);
      continue;
    }
    const span = clampSpan(d.span, length);
    const key = `${d.code}:${span.start}:${span.end}:${d.message_en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ ...d, span });
  }
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  if (kept.length > DIAGNOSTIC_LIMIT) {
    dropped += kept.length - DIAGNOSTIC_LIMIT;
    kept.length = DIAGNOSTIC_LIMIT;
  }
  if (dropped > 0)
    kept.push(diagnostic('diagnostics-truncated', { start: length, end: length }, { count: dropped }));
  return kept;
}
