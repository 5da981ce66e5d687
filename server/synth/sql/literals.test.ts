import { describe, expect, it } from 'vitest';
import { doubleLiterals } from './literals';

describe('doubleLiterals', () => {
  it('types decimal literals as DOUBLE outside strings only', () => {
    expect(
      doubleLiterals("round(formue * 0.45) + 1e-3 + 2 WHERE nace = '01.110' AND d = DATE '2020-01-01'"),
    ).toBe("round(formue * 0.45::DOUBLE) + 1e-3 + 2 WHERE nace = '01.110' AND d = DATE '2020-01-01'");
    expect(doubleLiterals("x * 1.1102230246251565e-16, 'it''s 3.5', 37.5")).toBe(
      "x * 1.1102230246251565e-16, 'it''s 3.5', 37.5::DOUBLE",
    );
  });
});
