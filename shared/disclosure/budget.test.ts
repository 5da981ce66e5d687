import { describe, expect, it } from 'vitest';
import { chargeQueryBudget, emptyQueryBudget } from './budget';
import { defaultDisclosureConfig as config } from './config';

describe('chargeQueryBudget (BUDGET)', () => {
  it('allows silently up to the warning threshold', () => {
    const { decision, state } = chargeQueryBudget({ used: 799 }, 1, config);
    expect(decision).toEqual({ outcome: 'ok', rule: 'BUDGET' });
    expect(state).toEqual({ used: 800 });
  });

  it('warns past the threshold and up to the limit', () => {
    expect(chargeQueryBudget({ used: 800 }, 1, config).decision).toMatchObject({
      outcome: 'ok',
      notice: { code: 'budget-nearly-used' },
    });
    expect(chargeQueryBudget({ used: 999 }, 1, config)).toMatchObject({
      decision: { outcome: 'ok' },
      state: { used: 1000 },
    });
  });

  it('refuses beyond the limit and keeps the state', () => {
    const charge = chargeQueryBudget({ used: 1000 }, 1, config);
    expect(charge.decision).toMatchObject({ outcome: 'refuse', rule: 'BUDGET', code: 'budget-exhausted' });
    expect(charge.state).toEqual({ used: 1000 });
  });

  it('charges nothing for a repeat', () => {
    expect(chargeQueryBudget({ used: 1000 }, 0, config).decision.outcome).toBe('ok');
  });

  it('walks from empty to refusal in exactly maxQueries outputs', () => {
    let state = emptyQueryBudget;
    let released = 0;
    for (;;) {
      const charge = chargeQueryBudget(state, 1, config);
      if (charge.decision.outcome !== 'ok') break;
      state = charge.state;
      released++;
    }
    expect(released).toBe(1000);
  });

  it('refuses nonsense', () => {
    expect(chargeQueryBudget({ used: 0 }, -1, config).decision).toMatchObject({ code: 'invalid-input' });
  });
});
