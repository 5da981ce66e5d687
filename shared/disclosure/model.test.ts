import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config } from './config';
import { checkModel } from './model';

const fine = { units: 5000, residualDf: 4990, levels: [{ term: 'kjonn=2', units: 2500 }] };

describe('checkModel (MODEL)', () => {
  it('allows an ordinary model', () => {
    expect(checkModel(fine, config)).toEqual({ outcome: 'ok', rule: 'MODEL' });
  });

  it('needs 10 units and 10 residual degrees of freedom', () => {
    expect(checkModel({ units: 12, residualDf: 10, levels: [] }, config).outcome).toBe('ok');
    expect(checkModel({ units: 12, residualDf: 9, levels: [] }, config)).toMatchObject({
      code: 'model-too-few-residual-df',
    });
    expect(checkModel({ units: 9, residualDf: 9, levels: [] }, config)).toMatchObject({
      code: 'model-too-few-units',
    });
  });

  it('refuses a dummy held by fewer than 10 units, or by all but fewer than 10', () => {
    const level = (units: number) => ({ ...fine, levels: [{ term: 'id=42', units }] });
    expect(checkModel(level(10), config).outcome).toBe('ok');
    expect(checkModel(level(9), config)).toMatchObject({
      outcome: 'refuse',
      rule: 'MODEL',
      code: 'model-small-level',
    });
    expect(checkModel(level(1), config).outcome).toBe('refuse');
    expect(checkModel(level(4990), config).outcome).toBe('ok');
    expect(checkModel(level(4991), config).outcome).toBe('refuse');
  });

  it('names the level (public) but not its count', () => {
    const out = checkModel({ ...fine, levels: [{ term: 'fylke=03', units: 3 }] }, config);
    expect(out.outcome === 'refuse' && out.message.en).toContain('fylke=03');
  });

  it('refuses inconsistent facts', () => {
    expect(checkModel({ units: 100, residualDf: 200, levels: [] }, config)).toMatchObject({
      code: 'invalid-input',
    });
    expect(checkModel({ ...fine, levels: [{ term: 'x', units: 6000 }] }, config)).toMatchObject({
      code: 'invalid-input',
    });
  });
});
