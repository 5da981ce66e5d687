import { describe, expect, it } from 'vitest';
import type { CommandNode } from './ast';
import { commands } from './commands/registry';
import { lex } from './lexer';
import { expandMacros } from './macros';
import { parseScript } from './parse-script';
import { parseCommands } from './parser';

const lookup = { spec: (n: string) => commands.get(n), names: () => commands.keys() };

function parse(text: string) {
  const expanded = expandMacros(parseScript(lex(text).value).value).value;
  const result = parseCommands(expanded, lookup);
  const nodes = result.value.flatMap((l) => (l.kind === 'command' ? [l.node] : []));
  return {
    nodes,
    codes: result.diagnostics.map((d) => d.code),
    messages: result.diagnostics.map((d) => d.message_en),
    result,
  };
}

const one = (text: string): CommandNode => {
  const { nodes, codes } = parse(text);
  expect(codes).toEqual([]);
  return nodes[0]!;
};

describe('command parser', () => {
  it('joins hyphenated command names and reads arguments by the syntax data', () => {
    const node = one('import-event db/SIVSTANDFDT_SIVSTAND 2000-01-01 to 2005-01-01 as sivst');
    expect(node.name).toBe('import-event');
    expect(node.args.variable).toMatchObject({
      kind: 'register-var',
      alias: 'db',
      name: 'SIVSTANDFDT_SIVSTAND',
    });
    expect(node.args.from).toMatchObject({ iso: '2000-01-01' });
    expect(node.args.to).toMatchObject({ iso: '2005-01-01' });
    expect(node.args.as).toMatchObject({ name: 'sivst' });
  });

  it('splits the condition and the options after the last top-level comma', () => {
    const node = one("tabulate a b if inlist(a, '1', '2'), summarize(c) rowpct top(5)");
    expect(node.condition).toMatchObject({ kind: 'call', name: 'inlist' });
    expect(node.options.map((o) => [o.name, o.args?.length ?? null])).toEqual([
      ['summarize', 1],
      ['rowpct', null],
      ['top', 1],
    ]);
  });

  it('reads recode rules with ranges, min/max, else, missing and labels', () => {
    const node = one("recode x (1/5 7 = 1 'low') (min/0 = .) (9/max = 9) (else = 3) (missing = 0)");
    const rules = node.args.rules;
    if (rules?.kind !== 'recode-rules') throw new Error('no rules');
    expect(rules.rules.map((r) => [r.matches.map((m) => m.kind), r.to.value, r.label?.text ?? null])).toEqual(
      [
        [['range', 'value'], 1, 'low'],
        [['range'], null, null],
        [['range'], 9, null],
        [['else'], 3, null],
        [['missing'], 0, null],
      ],
    );
  });

  it('reads collapse groups, barchart statistics, factor terms and iv groups', () => {
    const collapse = one('collapse(min) START@x (max) STOP@x -> slutt, by(id)');
    expect(collapse.args.groups).toMatchObject({
      groups: [
        { stat: 'min', items: [{ source: { name: 'START@x' }, target: null }] },
        { stat: 'max', items: [{ source: { name: 'STOP@x' }, target: { name: 'slutt' } }] },
      ],
    });
    expect(one('barchart(mean) a b, over(c)').args.statistic).toMatchObject({ stat: 'mean' });
    const model = one('regress y i.k c.a#c.b x##z');
    expect(model.args.terms).toMatchObject({
      terms: [
        { factors: [{ name: 'k', prefix: 'i' }], interaction: null },
        {
          factors: [
            { name: 'a', prefix: 'c' },
            { name: 'b', prefix: 'c' },
          ],
          interaction: '#',
        },
        { factors: [{ name: 'x' }, { name: 'z' }], interaction: '##' },
      ],
    });
    const iv = one('ivregress y w (x1 x2 = z1 z2 z3) v');
    expect(iv.args.iv).toMatchObject({ endogenous: [{}, {}], instruments: [{}, {}, {}] });
    expect(iv.args.terms).toMatchObject({
      terms: [{ factors: [{ name: 'w' }] }, { factors: [{ name: 'v' }] }],
    });
  });

  it('reads datastores with versions and nested model commands', () => {
    expect(one('require no.ssb.fdb:33 as db').args.datastore).toMatchObject({
      name: 'no.ssb.fdb',
      version: '33',
    });
    expect(one('require no.fhi.npr as npr').args.datastore).toMatchObject({ version: null });
    const plot = one('coefplot logit y x, or');
    expect(plot.args.model).toMatchObject({ command: { name: 'logit', options: [{ name: 'or' }] } });
  });

  it('reports every bad line, not only the first', () => {
    const { codes, messages } = parse(
      'tabulat x\ntabulate x, rowpc\nhistogram x, bin\nregress-panel y x, fe re\ncreate-dataset a if 1\nclear now',
    );
    expect(codes).toEqual([
      'unknown-command',
      'unknown-option',
      'option-arguments',
      'conflicting-options',
      'condition-not-allowed',
      'unexpected-token',
    ]);
    expect(messages[0]).toBe('Unknown command tabulat. Did you mean tabulate?');
    expect(messages[1]).toBe('tabulate has no option rowpc. Did you mean rowpct?');
  });

  it('keeps a line it cannot read as a failed line, with its command name', () => {
    const { result } = parse('import db/X 2019-01-01 as');
    expect(result.value[0]).toMatchObject({ kind: 'failed', name: 'import' });
    expect(result.diagnostics[0]!.code).toBe('expected');
  });
});
