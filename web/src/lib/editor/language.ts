import { StreamLanguage, type StringStream } from '@codemirror/language';

interface State {
  /** True until the first word of a logical line has been read (that word is the command). */
  lineStart: boolean;
  inComment: boolean;
  /** True after the comma that starts a command's options. */
  inOptions: boolean;
}

function blockComment(stream: StringStream, state: State): string {
  state.inComment = !stream.skipTo('*/');
  if (state.inComment) stream.skipToEnd();
  else stream.match('*/');
  return 'comment';
}

function token(stream: StringStream, state: State): string | null {
  if (stream.sol() && !state.inComment) {
    state.lineStart = true;
    state.inOptions = false;
  }
  if (state.inComment) return blockComment(stream, state);
  if (stream.eatSpace()) return null;
  if (stream.match('//') || (state.lineStart && stream.match('#'))) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.match('/*')) return blockComment(stream, state);
  if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'(?:[^'\\]|\\.)*'?/)) return 'string';
  if (stream.match(/^\d{4}-\d{2}-\d{2}\b/)) return 'atom';
  if (stream.match(/^\d+(\.\d+)?([eE][-+]?\d+)?/)) return 'number';
  if (stream.match(/^\$\{?[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F]*\}?/)) return 'macroName';
  if (stream.match(/^[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F-]*\/[A-Z][A-Z0-9_]*/)) return 'className';
  if (stream.match(/^[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F-]*/)) {
    if (state.lineStart) {
      state.lineStart = false;
      return 'keyword';
    }
    if (stream.peek() === '(') return state.inOptions ? 'attributeName' : 'function';
    return state.inOptions ? 'attributeName' : 'variableName';
  }
  const ch = stream.next();
  state.lineStart = false;
  if (ch === ',') state.inOptions = true;
  return ch && '=<>!+-*/&|^'.includes(ch) ? 'operator' : 'punctuation';
}

/** Highlighting for the microdata.no script language: commands, options, functions, register variables. */
export const microdataLanguage = StreamLanguage.define<State>({
  name: 'microdata',
  startState: () => ({ lineStart: true, inComment: false, inOptions: false }),
  token,
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
});
