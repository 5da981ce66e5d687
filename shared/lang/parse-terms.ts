import { type ArgCursor, Failed } from './arg-cursor';
import type { ArgNode, TermNode } from './ast';
import { cover } from './spans';
import { isOp, isWord, tokenSpan } from './tokens';

function factor(c: ArgCursor) {
  const t = c.peek();
  if (
    (isWord(t, 'i') || isWord(t, 'c')) &&
    isOp(c.peek(1), '.') &&
    isWord(c.peek(2)) &&
    !c.peek(1)!.spaceBefore
  ) {
    const v = c.peek(2)!;
    c.pos += 3;
    return { name: v.text, prefix: t!.text as 'i' | 'c', span: cover(tokenSpan(t!), tokenSpan(v)) };
  }
  const n = c.name('en variabel');
  return { name: n.name, prefix: null, span: n.span };
}
/** Model terms with factor syntax: `x i.k c.a#c.b x##z`, up to a stop word. */
export function terms(c: ArgCursor, stop?: readonly string[]): TermNode[] {
  const terms: TermNode[] = [];
  while (c.isName(c.peek(), stop)) {
    const factors = [factor(c)];
    let interaction: '#' | '##' | null = null;
    while (isOp(c.peek(), '#') || isOp(c.peek(), '##')) {
      const op = c.tokens[c.pos++]!.text as '#' | '##';
      if (interaction && interaction !== op)
        c.fail('samme slags samspill (# eller ##)', 'one kind of interaction (# or ##)');
      interaction = op;
      factors.push(factor(c));
    }
    terms.push({ factors, interaction, span: cover(factors[0]!.span, factors[factors.length - 1]!.span) });
  }
  return terms;
}
/** A model list holding one `(endogenous = instruments)` group; sets `key` and `iv`. */
export function ivTerms(c: ArgCursor, key: string, args: Record<string, ArgNode>): void {
  const exogenous: TermNode[] = [];
  const start = c.here();
  let iv: ArgNode | null = null;
  for (;;) {
    exogenous.push(...terms(c));
    if (!isOp(c.peek(), '(') || iv) break;
    const open = c.tokens[c.pos++]!;
    const endogenous = terms(c);
    c.expectOp('=');
    const instruments = terms(c);
    const close = c.expectOp(')');
    if (!endogenous.length || !instruments.length) {
      c.sink.report('expected', cover(tokenSpan(open), tokenSpan(close)), {
        what_nb: '(endogene = instrumenter)',
        what_en: '(endogenous = instruments)',
        found: 'an empty side',
      });
      throw new Failed();
    }
    iv = { kind: 'iv', endogenous, instruments, span: cover(tokenSpan(open), tokenSpan(close)) };
  }
  if (!iv) c.fail('(endogene = instrumenter)', '(endogenous = instruments)');
  args[key] = { kind: 'terms', terms: exogenous, span: cover(start, c.lastSpan()) };
  args.iv = iv!;
}
