import type { DatastoreRef } from '../../shared/api/jobs';
import type { Diagnostic } from '../../shared/lang/diagnostics';
import type { DatastoreRegistry } from '../datastores/registry';

/** The result of compiling a script on the server. */
export type ScriptCompilation =
  | { ok: true; plan: unknown; datastores: DatastoreRef[]; totalSteps: number }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Compiles a script against the registry's catalogues. The server always compiles for itself;
 * the production implementation wraps `compile` from shared/lang (see lang-compiler.ts).
 */
export interface ScriptCompiler {
  compile(script: string, datastores: DatastoreRegistry): ScriptCompilation;
}
