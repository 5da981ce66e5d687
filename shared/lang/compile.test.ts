// biome-ignore-all lint/suspicious/noTemplateCurlyInString: scripts write bindings as ${name}
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompileResult, compile } from './compile';
import { DIAGNOSTIC_LIMIT } from './diagnostic-sink';
import { PlanSchema } from './plan';
import { exampleFiles, readExample } from './test-support/examples';
import { fixtureCatalogs } from './test-support/fixture-catalog';

/** What must hold for any input at all. */
function expectSound(text: string, result: CompileResult): void {
  expect(result.diagnostics.length).toBeLessThanOrEqual(DIAGNOSTIC_LIMIT + 1);
  for (const d of result.diagnostics) {
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
    expect(d.span.end).toBeLessThanOrEqual(text.length);
    expect(d.message_en).not.toBe('');
    expect(d.message_nb).not.toBe('');
  }
  expect(result.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
  const truncated = result.diagnostics.findIndex((d) => d.code === 'diagnostics-truncated');
  if (truncated >= 0) expect(truncated).toBe(result.diagnostics.length - 1);
  if (result.plan) expect(PlanSchema.safeParse(result.plan).success).toBe(true);
}

const run = (text: string) => {
  const result = compile(text, fixtureCatalogs);
  expectSound(text, result);
  return result;
};

describe('bad input', () => {
  it('an empty file is an empty plan', () => {
    expect(run('')).toMatchObject({
      diagnostics: [],
      plan: { version: 1, datastores: [], steps: [] },
      needs: { datastores: [] },
    });
    expect(run('').workspace.datasets.size).toBe(0);
    expect(run('\n\n  // only a comment\n/* and */\n# another').plan?.steps).toEqual([]);
  });

  it('a 10 MB file is refused whole, quickly', () => {
    const text = 'tabulate kjonn\n'.repeat(700_000);
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(run(text).diagnostics.map((d) => d.code)).toEqual(['script-too-large']);
  });

  it('binary garbage gives capped diagnostics inside the text', () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919 + (i >> 3) * 104729) % 256);
    const text = new TextDecoder('utf-8').decode(bytes);
    const result = run(text);
    expect(result.diagnostics).toHaveLength(DIAGNOSTIC_LIMIT + 1);
    expect(result.plan).toBeNull();
  });

  it('a script with 10,000 errors reports the first 500 and counts the rest', () => {
    const result = run('tabulat x\n'.repeat(10_000));
    expect(result.diagnostics).toHaveLength(501);
    expect(result.diagnostics[0]).toMatchObject({ code: 'unknown-command', span: { start: 0, end: 7 } });
    expect(result.diagnostics[499]!.span.start).toBe(499 * 10);
    expect(result.diagnostics[500]!.message_en).toBe('9500 more diagnostics were left out.');
  });

  it('deeply nested expressions get one diagnostic, not a stack overflow', () => {
    const nested = `require no.ssb.fdb as db\ncreate-dataset a\ngenerate x = ${'('.repeat(100_000)}1${')'.repeat(100_000)}`;
    expect(run(nested).diagnostics.map((d) => d.code)).toEqual(['expression-too-deep']);
    const calls = `create-dataset a\ngenerate x = ${'abs('.repeat(20_000)}1${')'.repeat(20_000)}`;
    expect(run(calls).diagnostics.map((d) => d.code)).toEqual(['expression-too-deep']);
  });

  it('odd line endings, a byte order mark and Unicode everywhere are read', () => {
    const result = run(
      '\uFEFFrequire no.ssb.fdb as db\rcreate-dataset ø\r\nimport db/BEFOLKNING_KJOENN as 😀',
    );
    expect(result.diagnostics.map((d) => d.code)).toEqual(['expected', 'unexpected-character']);
  });
});

const examples = exampleFiles().map((f) => readExample(f));
const tokenPool = [
  '(',
  ')',
  ',',
  '=',
  '==',
  '++',
  '$x',
  '${y}',
  '"',
  "'",
  '\\\n',
  '/*',
  '*/',
  '//',
  'if',
  'for i in 1 : 3\n',
  'end\n',
  'let x = 1\n',
  'textblock\n',
  'endblock\n',
  '#',
  '-',
  '.',
  ':',
  ';',
  '->',
  'db/',
  '2019-01-01',
  '\n',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...tokenPool) }),
  fc.record({
    kind: fc.constant('char' as const),
    at: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  if (text.length === 0) return text;
  const at = m.at % text.length;
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'swap': {
      const b = m.other % text.length;
      const chars = [...text];
      if (at < chars.length && b < chars.length) [chars[at], chars[b]] = [chars[b]!, chars[at]!];
      return chars.join('');
    }
    case 'insert':
      return `${text.slice(0, at)} ${m.token} ${text.slice(at)}`;
    case 'char':
      return text.slice(0, at) + m.char + text.slice(at);
  }
}

describe('properties', () => {
  it('any text: never throws, spans inside the text, diagnostics capped', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        run(text);
      }),
      { numRuns: 300 },
    );
  });

  it('token soup: never throws, spans inside the text, diagnostics capped', () => {
    const soup = fc.array(
      fc.constantFrom(...tokenPool, 'tabulate', 'x', 'generate', 'import', 'collapse', '(sum)', 'by(x)', ' '),
      { maxLength: 120 },
    );
    fc.assert(
      fc.property(soup, (parts) => {
        run(parts.join(' '));
      }),
      { numRuns: 300 },
    );
  });

  it('mutated example scripts: never throws, spans inside the text, diagnostics capped', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: examples.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (index, mutations) => {
          run(mutations.reduce(mutate, examples[index]!));
        },
      ),
      { numRuns: 400 },
    );
  });
});
