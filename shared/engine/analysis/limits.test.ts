import { describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import type { EngineContext } from '../engine-context';
import { groupedQuery, MAX_CELLS } from './limits';

describe('groupedQuery', () => {
  it('returns up to MAX_CELLS groups and stops with a clear error beyond', async () => {
    const db = await openNativeDatabase();
    const ctx = { db } as unknown as EngineContext;
    expect(await groupedQuery(ctx, `SELECT i FROM range(${MAX_CELLS}) t(i)`)).toHaveLength(MAX_CELLS);
    await expect(groupedQuery(ctx, `SELECT i FROM range(${MAX_CELLS + 1}) t(i)`)).rejects.toMatchObject({
      code: 'too-many-groups',
    });
    await db.close();
  });
});
