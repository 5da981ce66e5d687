import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultDisclosureConfig as config } from '../disclosure/config';
import { refuse } from '../disclosure/decision';
import { explain } from '../disclosure/messages';
import {
  assertReleased,
  type GateDecision,
  gateStateFromJson,
  gateStateToJson,
  isReleased,
  newGateState,
  release,
  releaseError,
  releaseRefusal,
  UnreleasedOutputError,
} from './gate';
import type { Output } from './output';
import type { RawOutput } from './protect/registry';

// The gate must cope with whatever a protector returns, including broken output, so the tests drive it through
// a stand-in family: a raw result of kind `test` makes the protector return (or throw) what the test says.
vi.mock('./protect/registry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./protect/registry')>();
  return {
    ...actual,
    protect: (raw: { kind: string; outputs?: unknown; throws?: boolean }, context: never) => {
      if (raw.kind !== 'test') return actual.protect(raw as RawOutput, context);
      if (raw.throws) throw new Error('secret 4711 leaked in an exception');
      return raw.outputs;
    },
  };
});

const envelope = { line: 3, command: 'tabulate', span: { start: 10, end: 30 } };

function cell(value: number | null, rule = 'CK', code?: string) {
  return code ? { value, format: 'count', rule, code } : { value, format: 'count', rule };
}

function table(values: (number | null)[], extra: Record<string, unknown> = {}) {
  return {
    ...envelope,
    kind: 'table',
    table: {
      title: 'kjonn',
      rowDimensions: ['kjonn'],
      columns: [{ key: 'n', label: 'N' }],
      rows: values.map((v, i) => ({
        header: [String(i)],
        cells: [v === null ? cell(null, 'CK', 'small-count') : { ...cell(v), ...extra }],
      })),
      notes: [],
    },
  };
}

function raw(outputs: unknown, at: Partial<typeof envelope> = {}): RawOutput {
  return { ...envelope, ...at, kind: 'test', outputs } as unknown as RawOutput;
}

let audit: GateDecision[];
const record = (d: GateDecision) => audit.push(d);
beforeEach(() => {
  audit = [];
});

describe('release', () => {
  it('passes text through, stamped and frozen, without charging the budget', () => {
    const state = newGateState();
    const out = release({ ...envelope, kind: 'text', format: 'plain', text: 'hello' }, config, state, record);
    expect(out).toEqual([{ ...envelope, kind: 'text', format: 'plain', text: 'hello' }]);
    expect(isReleased(out[0]!)).toBe(true);
    expect(Object.isFrozen(out[0])).toBe(true);
    expect(state.budget.used).toBe(0);
    expect(audit).toEqual([]);
  });

  it('charges a new table once and an identical repeat (elsewhere in the script) nothing', () => {
    const state = newGateState();
    release(raw([table([120, 80])]), config, state, record);
    expect(state.budget.used).toBe(1);
    const again = release(raw([table([120, 80])], { line: 9, span: { start: 99, end: 120 } }), config, state);
    expect(state.budget.used).toBe(1);
    expect(again[0]).toMatchObject({ kind: 'table', line: 9 });
    release(raw([table([120, 81])]), config, state);
    expect(state.budget.used).toBe(2);
  });

  it('passes the budget warning on to the user as a notice, once per new output', () => {
    const state = newGateState();
    state.budget.used = config.budget.warnAt;
    const out = release(raw([table([120, 80])]), config, state, record);
    expect(out.map((o) => o.kind)).toEqual(['table', 'notice']);
    expect(out[1]).toMatchObject({ ...envelope, message: explain('budget-nearly-used', config).message });
    expect(audit).toEqual([
      expect.objectContaining({ rule: 'BUDGET', code: 'budget-nearly-used', action: 'notice', output: 1 }),
    ]);
    expect(release(raw([table([120, 80])]), config, state).map((o) => o.kind)).toEqual(['table']);
  });

  it('refuses new outputs once the budget is spent, but still repeats what was released', () => {
    const state = newGateState();
    release(raw([table([120, 80])]), config, state);
    state.budget.used = config.budget.maxQueries;
    const refused = release(raw([table([7000, 3000])]), config, state, record);
    expect(refused).toEqual([
      { ...envelope, kind: 'refusal', ...explain('budget-exhausted', config), rule: 'BUDGET' },
    ]);
    expect(JSON.stringify(refused)).not.toContain('7000');
    expect(audit).toEqual([
      expect.objectContaining({ rule: 'BUDGET', code: 'budget-exhausted', action: 'refused' }),
    ]);
    expect(release(raw([table([120, 80])]), config, state)[0]?.kind).toBe('table');
    expect(state.budget.used).toBe(config.budget.maxQueries);
  });

  it('audits every suppressed cell, in tables and in charts, and refusals made by protectors', () => {
    const histogram = {
      ...envelope,
      kind: 'chart',
      title: 'inntekt',
      chart: {
        type: 'histogram',
        variable: 'inntekt',
        bins: [
          { from: 0, to: 1, count: cell(40) },
          { from: 1, to: 2, count: cell(null, 'CK', 'small-count') },
        ],
      },
    };
    const refusal = { ...envelope, kind: 'refusal', rule: 'T5', ...explain('too-many-low-cells', config) };
    release(raw([table([null, 50, null]), histogram, refusal]), config, newGateState(), record);
    expect(audit.map(({ rule, code, action, output }) => [rule, code, action, output])).toEqual([
      ['CK', 'small-count', 'suppressed', 0],
      ['CK', 'small-count', 'suppressed', 0],
      ['CK', 'small-count', 'suppressed', 1],
      ['T5', 'too-many-low-cells', 'refused', 2],
    ]);
    expect(new Set(audit.map((d) => d.fingerprint)).size).toBe(1);
  });

  it('gives identical content the same fingerprint in the audit, and different content another', () => {
    const state = newGateState();
    release(raw([table([null, 50])]), config, state, record);
    release(raw([table([null, 50])], { line: 40 }), config, state, record);
    release(raw([table([null, 51])]), config, state, record);
    const [a, b, c] = audit.map((d) => d.fingerprint);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });
});

describe('release fails closed', () => {
  const gateRefusal = {
    ...envelope,
    kind: 'refusal',
    rule: 'GATE',
    ...explain('invalid-input', config, { rule: 'GATE' }),
  };

  it.each([
    ['a protector that throws', { ...envelope, kind: 'test', throws: true }],
    ['no outputs', raw([])],
    ['not a list', raw({ kind: 'table' })],
    ['a NaN in a cell', raw([table([Number.NaN])])],
    ['an infinite value', raw([table([Number.POSITIVE_INFINITY])])],
    [
      'a cell without its rule',
      raw([
        {
          ...table([5]),
          table: { ...table([5]).table, rows: [{ header: ['a'], cells: [{ value: 5, format: 'count' }] }] },
        },
      ]),
    ],
    ['an unknown output kind', raw([{ ...envelope, kind: 'rows', rows: [[4711]] }])],
    ['a bigint', raw([{ ...envelope, kind: 'text', format: 'plain', text: 4711n }])],
    ['a null output', raw([null])],
  ])('turns %s into a GATE refusal that carries nothing from the raw result', (_name, input) => {
    const out = release(input as RawOutput, config, newGateState(), record);
    expect(out).toEqual([gateRefusal]);
    expect(JSON.stringify(out)).not.toMatch(/4711|NaN|Infinity/);
    expect(isReleased(out[0]!)).toBe(true);
    expect(audit).toEqual([
      expect.objectContaining({ rule: 'GATE', code: 'invalid-input', action: 'refused' }),
    ]);
  });

  it('refuses the whole result when one of several outputs is malformed', () => {
    const out = release(raw([table([120, 80]), table([Number.NaN])]), config, newGateState());
    expect(out).toEqual([gateRefusal]);
  });

  it('drops fields the schema does not name, so a protector cannot leak a true count beside the published one', () => {
    const out = release(raw([table([120], { trueCount: 118 })]), config, newGateState());
    expect(JSON.stringify(out)).not.toContain('trueCount');
    expect(JSON.stringify(out)).not.toContain('118');
  });

  it('keeps the raw envelope and repairs an invalid one', () => {
    const moved = release(raw([{ ...table([120]), line: 77 }]), config, newGateState());
    expect(moved[0]?.line).toBe(3);
    const broken = release(
      raw([table([120])], { line: 0, span: { start: -1, end: 2 } }),
      config,
      newGateState(),
    );
    expect(broken[0]).toMatchObject({ kind: 'table', line: 1, span: { start: 0, end: 0 } });
  });
});

describe('the output path rejects unstamped results', () => {
  it('accepts what the gate released', () => {
    const out = release(raw([table([120, 80])]), config, newGateState());
    expect(() => assertReleased(out)).not.toThrow();
  });

  it('rejects a hand-made output, a copy of a released one, and a JSON round trip', () => {
    const [released] = release(raw([table([120, 80])]), config, newGateState());
    const handMade = table([118, 82]) as Output;
    expect(() => assertReleased([handMade])).toThrow(UnreleasedOutputError);
    expect(() => assertReleased([released!, { ...released! }])).toThrow(/did not pass the disclosure gate/);
    expect(() => assertReleased([JSON.parse(JSON.stringify(released)) as Output])).toThrow(
      UnreleasedOutputError,
    );
    expect(() => assertReleased([null as unknown as Output])).toThrow(UnreleasedOutputError);
  });

  it('makes released outputs immutable, so a stamped table cannot be edited on its way out', () => {
    const [released] = release(raw([table([120, 80])]), config, newGateState());
    const rows = (released as Extract<Output, { kind: 'table' }>).table.rows;
    expect(() => {
      (rows[0]!.cells[0] as { value: number }).value = 121;
    }).toThrow(TypeError);
  });

  it('stamps command refusals and errors, which are outputs too', () => {
    const refusal = releaseRefusal(envelope, refuse('T1', explain('population-too-small', config)), record);
    expect(refusal).toMatchObject({ kind: 'refusal', rule: 'T1', code: 'population-too-small' });
    expect(audit).toEqual([expect.objectContaining({ rule: 'T1', action: 'refused', line: 3 })]);
    const error = releaseError(envelope, {
      code: 'unknown-variable',
      message: { nb: 'Ukjent', en: 'Unknown' },
    });
    const broken = releaseError(envelope, { code: 'x', message: { nb: 'x' } as { nb: string; en: string } });
    expect(broken).toMatchObject({ kind: 'error', code: 'internal' });
    expect(() => assertReleased([refusal, error, broken])).not.toThrow();
  });
});

describe('gate state between runs', () => {
  it('round-trips through JSON', () => {
    const state = newGateState();
    release(raw([table([120, 80])]), config, state);
    const restored = gateStateFromJson(gateStateToJson(state), config);
    expect(restored.budget.used).toBe(1);
    release(raw([table([120, 80])]), config, restored);
    expect(restored.budget.used).toBe(1);
  });

  it.each(['', '{', '{"used":-1,"fingerprints":[]}', '{"used":3}', 'null'])(
    'treats unreadable stored state %j as a spent budget',
    (json) => {
      const state = gateStateFromJson(json, config);
      expect(state.budget.used).toBe(config.budget.maxQueries);
      expect(release(raw([table([120, 80])]), config, state)[0]).toMatchObject({
        kind: 'refusal',
        rule: 'BUDGET',
      });
    },
  );
});
