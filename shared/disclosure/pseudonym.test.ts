import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config } from './config';
import { checkPseudonymUse } from './pseudonym';

describe('checkPseudonymUse (P1)', () => {
  it('allows keys in merge and collapse by()', () => {
    expect(checkPseudonymUse('BEFOLKNING_MOR_ID', 'merge-key', config).outcome).toBe('ok');
    expect(checkPseudonymUse('BEFOLKNING_MOR_ID', 'collapse-by', config).outcome).toBe('ok');
  });

  it('refuses every other use and names the variable', () => {
    const out = checkPseudonymUse('BEFOLKNING_MOR_ID', 'other', config);
    expect(out).toMatchObject({ outcome: 'refuse', rule: 'P1', code: 'pseudonym-outside-key' });
    expect(out.outcome === 'refuse' && out.message.nb).toContain('BEFOLKNING_MOR_ID');
  });
});
