import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message';
import { en, nb } from './messages';

describe('message catalogue', () => {
  it('has the same keys in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(nb[key].trim(), key).not.toBe('');
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(nb[key]), key).toEqual(params(en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Kjører linje {line}: {command}', { line: 3, command: 'tabulate' })).toBe(
      'Kjører linje 3: tabulate',
    );
    expect(formatMessage('{missing} stays', {})).toBe('{missing} stays');
  });
});
