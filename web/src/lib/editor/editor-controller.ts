import { setDiagnostics } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { Diagnostic } from '../../../../shared/lang/index';
import { toCmDiagnostics } from './diagnostics';
import { linesOf, type RunRange } from './run-range';

/** The one handle other parts of the app use to read and change the editor. */
export class EditorController {
  private view: EditorView | null = null;

  /** Called by the editor component once its view exists (and with null when it goes away). */
  attach(view: EditorView | null): void {
    this.view = view;
  }

  /** The whole script. */
  text(): string {
    return this.view?.state.doc.toString() ?? '';
  }

  /** Replaces the whole script (opening a saved one). */
  setText(text: string): void {
    const view = this.view;
    if (!view) return;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }

  /** The whole script as a run range. */
  all(): RunRange {
    return { text: this.text(), firstLine: 0, offset: 0 };
  }

  /** The selected lines, or the cursor's line when nothing is selected. */
  selection(): RunRange {
    const range = this.view?.state.selection.main;
    return linesOf(this.text(), range?.from ?? 0, range?.to ?? 0);
  }

  /** The cursor's line. */
  currentLine(): RunRange {
    const head = this.view?.state.selection.main.head ?? 0;
    return linesOf(this.text(), head, head);
  }

  /** Underlines the diagnostics, if they were computed for the text the editor holds now. */
  showDiagnostics(forText: string, diagnostics: readonly Diagnostic[], lang: 'nb' | 'en'): void {
    const view = this.view;
    if (!view || view.state.doc.toString() !== forText) return;
    view.dispatch(setDiagnostics(view.state, toCmDiagnostics(diagnostics, view.state.doc.length, lang)));
  }

  /** Moves the cursor to a 1-based line (or a character offset) and focuses the editor. */
  goTo(line: number, offset?: number): void {
    const view = this.view;
    if (!view) return;
    const doc = view.state.doc;
    const pos = offset ?? doc.line(Math.min(Math.max(1, line), doc.lines)).from;
    view.dispatch({ selection: EditorSelection.cursor(Math.min(pos, doc.length)), scrollIntoView: true });
    view.focus();
  }

  /** Inserts whole lines after the cursor's line and puts the cursor at their end. */
  insertLinesAfterCursor(lines: string): void {
    const view = this.view;
    if (!view) return;
    const line = view.state.doc.lineAt(view.state.selection.main.head);
    const atEmptyLine = line.text.trim() === '';
    const insert = atEmptyLine ? lines : `\n${lines}`;
    const from = atEmptyLine ? line.from : line.to;
    view.dispatch({
      changes: { from, to: atEmptyLine ? line.to : line.to, insert },
      selection: EditorSelection.cursor(from + insert.length),
      scrollIntoView: true,
    });
    view.focus();
  }

  /** Inserts a line at the very top (a missing `require`). */
  insertAtTop(line: string): void {
    this.view?.dispatch({ changes: { from: 0, insert: `${line}\n` } });
  }
}
