import { describe, expect, it } from 'vitest';
import { cpuTime } from './cpuTime';

function spin(ms: number): number {
  const before = process.cpuUsage();
  let turns = 0;
  for (;;) {
    turns += 1;
    const used = process.cpuUsage(before);
    if ((used.user + used.system) / 1000 >= ms) return turns;
  }
}

describe('cpuTime', () => {
  it('measures CPU time, not time spent waiting', async () => {
    const waiting = await cpuTime(() => new Promise((resolve) => setTimeout(resolve, 120, 'done')));
    expect(waiting.outcome).toEqual({ value: 'done' });
    expect(waiting.ms).toBeLessThan(100);
    const busy = await cpuTime(() => spin(30), { limitMs: 1_000 });
    expect(busy.ms).toBeGreaterThanOrEqual(30);
  });

  it('times a slow call again, up to `tries` times, and keeps the fastest', async () => {
    const costs = [80, 20, 60];
    let calls = 0;
    const timed = await cpuTime(() => spin(costs[calls++] ?? 0), { limitMs: 50 });
    expect(calls).toBe(2);
    expect(timed.ms).toBeGreaterThanOrEqual(20);
    expect(timed.ms).toBeLessThan(80);
    let slow = 0;
    await cpuTime(
      () => {
        slow += 1;
        return spin(5);
      },
      { limitMs: 1, tries: 3 },
    );
    expect(slow).toBe(3);
  });

  it('gives what the call threw as its outcome', async () => {
    const error = new Error('no');
    expect(
      (
        await cpuTime(() => {
          throw error;
        })
      ).outcome,
    ).toEqual({ error });
  });
});
