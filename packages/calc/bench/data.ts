/** Deterministic amounts for the benchmarks: whole đồng between 1 triệu and 100 tỷ, as strings. */
export function makeAmounts(count: number, seed = 20240917): string[] {
  let state = seed >>> 0;
  const next = (): number => {
    // xorshift32: reproducible across runs and machines
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const amounts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const millions = (next() % 100_000) + 1; // 1 triệu .. 100 tỷ
    const units = next() % 1_000_000;
    amounts.push(String(BigInt(millions) * 1_000_000n + BigInt(units)));
  }
  return amounts;
}

/** A project-like item for the roll-up benchmark. */
export interface BenchItem {
  readonly totalCost: string;
  readonly funding: {
    readonly national?: string;
    readonly local?: string;
    readonly counterpart: string;
  };
  readonly fund: 'national' | 'local';
  readonly activity: string;
  readonly year: number;
  readonly location: { readonly provinceId: string };
}

const PROVINCES = Array.from({ length: 63 }, (_, i) => ({ provinceId: `province-${i + 1}` }));
const ACTIVITIES = ['machinery', 'demonstration-model', 'training', 'consulting', 'media'];

/**
 * One item per amount, like projects: the amount is the total cost, 30% of it the state support from the
 * item's fund, the rest the counterpart; 63 provinces, 7 years, 2 funds (deterministic).
 */
export function makeItems(amounts: readonly string[]): BenchItem[] {
  return amounts.map((totalCost, i) => {
    const support = (BigInt(totalCost) * 3n) / 10n;
    const fund = i % 5 === 0 ? 'national' : 'local';
    const counterpart = `${BigInt(totalCost) - support}`;
    return {
      totalCost,
      funding:
        fund === 'national'
          ? { national: `${support}`, counterpart }
          : { local: `${support}`, counterpart },
      fund,
      activity: ACTIVITIES[i % ACTIVITIES.length] as string,
      year: 2019 + (i % 7),
      location: PROVINCES[(i * 7919) % PROVINCES.length] as { provinceId: string },
    };
  });
}

/** `count` calendar dates from `from` on, one a day, as `YYYY-MM-DD`. */
export function makeDates(from: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  );
}
