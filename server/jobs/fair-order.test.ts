import { describe, expect, it } from 'vitest';
import { pickNext, type QueuedJob } from './fair-order';

/** Drains a queue with one slot, starting jobs one after another; returns the start order. */
function drain(queue: QueuedJob[], perUserLimit = 1): string[] {
  const pending = [...queue];
  const lastServed = new Map<number, number>();
  const order: string[] = [];
  for (let tick = 0; pending.length; tick++) {
    const next = pickNext(pending, { running: new Map(), lastServed, perUserLimit })!;
    order.push(next.id);
    lastServed.set(next.userId, tick);
    pending.splice(pending.indexOf(next), 1);
  }
  return order;
}

const job = (id: string, userId: number, seq: number): QueuedJob => ({ id, userId, seq });

describe('fair order', () => {
  it('is first come, first served for one user', () => {
    expect(drain([job('a1', 1, 1), job('a2', 1, 2), job('a3', 1, 3)])).toEqual(['a1', 'a2', 'a3']);
  });

  it('takes turns between users instead of serving a burst first', () => {
    const queue = [
      job('a1', 1, 1),
      job('a2', 1, 2),
      job('a3', 1, 3),
      job('b1', 2, 4),
      job('c1', 3, 5),
      job('b2', 2, 6),
    ];
    expect(drain(queue)).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });

  it('skips users at their concurrency limit', () => {
    const queue = [job('a1', 1, 1), job('b1', 2, 2)];
    const next = pickNext(queue, { running: new Map([[1, 1]]), lastServed: new Map(), perUserLimit: 1 });
    expect(next?.id).toBe('b1');
    expect(
      pickNext([job('a1', 1, 1)], { running: new Map([[1, 1]]), lastServed: new Map(), perUserLimit: 1 }),
    ).toBe(undefined);
    expect(
      pickNext([job('a1', 1, 1)], { running: new Map([[1, 1]]), lastServed: new Map(), perUserLimit: 2 })?.id,
    ).toBe('a1');
  });

  it('serves a newcomer before a user who was just served', () => {
    const next = pickNext([job('a2', 1, 2), job('b1', 2, 3)], {
      running: new Map(),
      lastServed: new Map([[1, 10]]),
      perUserLimit: 1,
    });
    expect(next?.id).toBe('b1');
  });
});
