/**
 * @internal The length in pixels of a bar for `amount` on a scale where `max` fills `full` pixels. Amounts
 * stay bigint; only the pixel length, a display measure, becomes a number (to 0.1 px).
 */
export function barWidth(amount: string, max: bigint, full: number): number {
  if (max <= 0n) return 0;
  const tenths = (BigInt(amount) * BigInt(Math.round(full * 10))) / max;
  return Number(tenths) / 10;
}
