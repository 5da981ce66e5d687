import { EditorController } from '../editor/editor-controller';
import { RunState } from './run-state.svelte';
import { ScriptState } from './script-state.svelte';

/** The script being edited and its check results (one per app, so switching pages keeps the text). */
export const script = new ScriptState();

/** Live runs and their history. */
export const runs = new RunState();

/** The handle to the CodeMirror editor. */
export const editor = new EditorController();
