import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { EditorState, Prec } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { type CompletionInputs, scriptCompletion } from './completion-source';
import { hoverHelp } from './hover-help';
import { microdataLanguage } from './language';

/** What the editor calls back into. */
export interface EditorHooks extends CompletionInputs {
  onChange(text: string): void;
  runAll(): void;
  runSelection(): void;
  runLine(): void;
}

/** A CodeMirror 6 editor for scripts: highlighting, completion, hover help, lint gutter and run keys. */
export function createEditor(
  parent: HTMLElement,
  text: string,
  hooks: EditorHooks,
  label: string,
): EditorView {
  const run = (f: () => void) => () => {
    f();
    return true;
  };
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        Prec.highest(
          keymap.of([
            { key: 'Mod-Enter', run: run(hooks.runAll) },
            { key: 'Shift-Mod-Enter', run: run(hooks.runSelection) },
            { key: 'Alt-Enter', run: run(hooks.runLine) },
          ]),
        ),
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        drawSelection(),
        bracketMatching(),
        closeBrackets(),
        microdataLanguage,
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [scriptCompletion(hooks)], activateOnTyping: true }),
        hoverHelp(hooks),
        lintGutter(),
        keymap.of([
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          ...completionKeymap,
          ...lintKeymap,
        ]),
        EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': 'script-editor' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) hooks.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}
