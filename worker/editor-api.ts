import { compile, type Diagnostic, hasErrors } from '../shared/lang/index';
import type { CatalogSource } from './catalog-source';
import { type CompletionData, completionData } from './completion-data';
import { type WorkspaceModel, workspaceModel } from './workspace-model';

/** What the editor gets back for one version of the script. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  workspace: WorkspaceModel;
  /** True when the script has no errors (the server will still compile it again). */
  runnable: boolean;
  /** Datastores the script requires that the catalogue API does not know. */
  unknownDatastores: string[];
  /** Set when the catalogue could not be fetched; checking then goes on without register variables. */
  catalogError: string | null;
}

/** The editor's side of the worker: check as you type and completion data, over one catalogue source. */
export function createEditorApi(source: CatalogSource) {
  let loading: Promise<string | null> | null = null;
  const ready = () => {
    loading ??= source.loadDefaults().then(
      () => null,
      (error: unknown) => {
        loading = null; // try again on the next call
        return error instanceof Error ? error.message : String(error);
      },
    );
    return loading;
  };

  return {
    /** Loads the catalogue; resolves to an error message when the server could not be read. */
    async init(): Promise<string | null> {
      return ready();
    },

    /** Compiles the script against the catalogue, fetching any datastore it requires that is not loaded yet. */
    async check(text: string): Promise<CheckResult> {
      const catalogError = await ready();
      let result = compile(text, source.all());
      const wanted = result.needs.datastores;
      if (wanted.length > 0 && catalogError === null) {
        const loaded = await Promise.all(wanted.map((name) => source.load(name).catch(() => false)));
        if (loaded.some(Boolean)) result = compile(text, source.all());
      }
      return {
        diagnostics: result.diagnostics,
        workspace: workspaceModel(result.workspace),
        runnable: !hasErrors(result.diagnostics),
        unknownDatastores: result.needs.datastores,
        catalogError,
      };
    },

    /** Commands, options, functions and register variables for completion and hover. */
    async completionData(): Promise<CompletionData> {
      await ready();
      return completionData(source.allManifests());
    },
  };
}
