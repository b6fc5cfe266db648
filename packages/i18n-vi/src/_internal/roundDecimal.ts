import type { RoundingMode } from '@khuyencong/domain';
import { type Decimal, makeDecimal } from './decimal';

/** Adds one unit in the last place to a string of digits ("199" → "200", "99" → "100"). */
function incrementDigits(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits.charCodeAt(index) === 57) index -= 1;
  if (index < 0) return `1${'0'.repeat(digits.length)}`;
  const bumped = String.fromCharCode(digits.charCodeAt(index) + 1);
  return digits.slice(0, index) + bumped + '0'.repeat(digits.length - index - 1);
}

function roundsAway(kept: string, dropped: string, negative: boolean, mode: RoundingMode): boolean {
  const anyDropped = /[1-9]/.test(dropped);
  if (!anyDropped) return false;
  switch (mode) {
    case 'expand':
      return true;
    case 'trunc':
      return false;
    case 'ceil':
      return !negative;
    case 'floor':
      return negative;
    default: {
      const first = dropped.charCodeAt(0) - 48;
      if (first !== 5 || /[1-9]/.test(dropped.slice(1))) return first >= 5;
      return roundsTieAway(kept, negative, mode);
    }
  }
}

/** Whether an exact tie (…5 with nothing after it) rounds away from zero under a `half*` mode. */
function roundsTieAway(kept: string, negative: boolean, mode: RoundingMode): boolean {
  switch (mode) {
    case 'halfExpand':
      return true;
    case 'halfTrunc':
      return false;
    case 'halfCeil':
      return !negative;
    case 'halfFloor':
      return negative;
    default:
      return (kept.charCodeAt(kept.length - 1) - 48) % 2 === 1;
  }
}

/** Rounds to at most `digits` fraction digits, exactly, on the digit strings. */
export function roundDecimal(decimal: Decimal, digits: number, mode: RoundingMode): Decimal {
  if (decimal.frac.length <= digits) return decimal;
  const kept = decimal.int + decimal.frac.slice(0, digits);
  const dropped = decimal.frac.slice(digits);
  const rounded = roundsAway(kept, dropped, decimal.negative, mode) ? incrementDigits(kept) : kept;
  const cut = rounded.length - digits;
  return makeDecimal(decimal.negative, rounded.slice(0, cut), rounded.slice(cut));
}
