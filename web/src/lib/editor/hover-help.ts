import { hoverTooltip } from '@codemirror/view';
import type { CompletionInputs } from './completion-source';

function tooltipDom(title: string, body: string): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-help-tooltip';
  const head = document.createElement('code');
  head.textContent = title;
  const text = document.createElement('p');
  text.textContent = body;
  dom.append(head, text);
  return dom;
}

/** Help on hover: a command's usage and help, a function's signature, a register variable's title. */
export function hoverHelp(inputs: CompletionInputs) {
  return hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    const offset = pos - line.from;
    const re = /[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F-]*(\/[A-Z][A-Z0-9_]*)?/g;
    for (const m of line.text.matchAll(re)) {
      const start = m.index ?? 0;
      if (offset < start || offset > start + m[0].length) continue;
      const data = inputs.data();
      const lang = inputs.lang();
      const word = m[0];
      const isFirst = line.text.slice(0, start).trim() === '';
      const command = isFirst ? data?.commands.find((c) => c.name === word) : undefined;
      const fn = data?.functions.find((f) => f.name === word && line.text[start + word.length] === '(');
      const register = word.includes('/')
        ? data?.variables.find((v) => v.name === word.split('/')[1])
        : undefined;
      const shown = command
        ? tooltipDom(command.usage, command.help[lang])
        : fn
          ? tooltipDom(fn.usage, fn.help[lang])
          : register
            ? tooltipDom(
                register.name,
                `${register.title[lang]} (${register.temporality}, ${register.unitType})`,
              )
            : null;
      if (!shown) return null;
      return { pos: line.from + start, end: line.from + start + word.length, create: () => ({ dom: shown }) };
    }
    return null;
  });
}
