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
