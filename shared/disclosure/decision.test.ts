import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig as config } from './config';
import { allow, refuse, strictest, suppress } from './decision';
import { explain } from './messages';

describe('strictest', () => {
  const ok = allow('T7');
  const s = suppress('CK', explain('small-count', config));
  const r = refuse('T5', explain('too-many-low-cells', config));

  it('prefers refuse over suppress over ok, and the first of equals', () => {
    expect(strictest(ok, s, r)).toBe(r);
    expect(strictest(s, ok)).toBe(s);
    expect(strictest(ok, allow('T1'))).toBe(ok);
    expect(strictest(s, suppress('T7', explain('too-few-units', config)))).toBe(s);
  });
});
