import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultReference } from '../ensure-datastore';
import { readReferenceLists } from './reference-lists';

describe('readReferenceLists', () => {
  it('reads the four real code lists and draws only real homes, occupations and levels', () => {
    const warnings: string[] = [];
    const lists = readReferenceLists(defaultReference, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect(lists.KOMMUNE.source).toBe('reference');
    expect(lists.KOMMUNE.draw.codes).toContain('0301');
    expect(lists.KOMMUNE.draw.codes).not.toContain('2580');
    expect(lists.KOMMUNE.draw.codes.every((c) => /^\d{4}$/.test(c) && !c.endsWith('00'))).toBe(true);
    expect(lists.NUS2000.codes.length).toBeGreaterThan(100);
    expect(lists.STYRK08.draw.codes).not.toContain('0000');
    expect(lists.NACE_SN07.draw.codes.every((c) => /^\d\d\.\d{3}$/.test(c))).toBe(true);
  });

  it('falls back to small built-in lists, with a warning, when the reference folder is missing', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'no-reference-'));
    const warnings: string[] = [];
    const lists = readReferenceLists(empty, (m) => warnings.push(m));
    rmSync(empty, { recursive: true });
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/built-in/);
    expect(lists.KOMMUNE.source).toBe('builtin');
    expect(lists.KOMMUNE.draw.codes).toContain('0301');
    expect(lists.NUS2000.draw.codes.some((c) => c.startsWith('7'))).toBe(true);
  });
});
