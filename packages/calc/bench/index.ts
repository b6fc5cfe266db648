import { cpus } from 'node:os';
import Decimal from 'decimal.js';
import { dinero, allocate as dineroAllocate, toSnapshot } from 'dinero.js';
import { VND } from 'dinero.js/currencies';
import { allocate, computeSupport, sum, TT_28_2018 } from '../src/index';
import { makeAmounts } from './data';
import { measure, type Timing } from './measure';

const N = 1_000_000;
const amounts = makeAmounts(N);
const RATIOS = [15, 15, 70];
const CAP = new Decimal('300000000');

function sumBigIntLoop(): string {
  let total = 0n;
  for (const amount of amounts) total += BigInt(amount);
  return total.toString();
}

function sumDecimalLoop(): string {
  let total = new Decimal(0);
  for (const amount of amounts) total = total.plus(amount);
  return total.toFixed();
}

function supportOurs(): string {
  let last = '';
  for (const amount of amounts) {
    last = computeSupport({
      ruleSet: TT_28_2018,
      activity: 'machinery',
      eligibleCost: amount,
    }).amount;
  }
  return last;
}

/** What a developer writes by hand: min(floor(50% × cost), 300 triệu) with decimal.js. */
function supportDecimal(): string {
  let last = '';
  for (const amount of amounts) {
    const rateLimit = new Decimal(amount).times('0.5').toDecimalPlaces(0, Decimal.ROUND_FLOOR);
    const binding = rateLimit.lte(CAP) ? 'rate' : 'cap';
    last = (binding === 'rate' ? rateLimit : CAP).toFixed();
  }
  return last;
}

function allocateOurs(): string[] {
  let last: string[] = [];
  for (const amount of amounts) last = allocate(amount, RATIOS);
  return last;
}

function allocateDinero(): string[] {
  let last: string[] = [];
  for (const amount of amounts) {
    last = dineroAllocate(dinero({ amount: Number(amount), currency: VND }), RATIOS).map((part) =>
      String(toSnapshot(part).amount),
    );
  }
  return last;
}

function row(task: string, ours: Timing, other: Timing, target: string): string {
  const ratio = other.ms / ours.ms;
  return `| ${task} | ${ours.ms.toFixed(0)} | ${other.name} | ${other.ms.toFixed(0)} | ${ratio.toFixed(2)}× | ${target} |`;
}

const started = performance.now();
const sumOurs = measure('sum', () => sum(amounts));
const sumBig = measure('bigint loop', sumBigIntLoop);
const sumDec = measure('decimal.js loop', sumDecimalLoop);
if (sumOurs.result !== sumBig.result || sumBig.result !== sumDec.result)
  throw new Error('sums differ');
const supOurs = measure('computeSupport', supportOurs, 2);
const supDec = measure('decimal.js by hand', supportDecimal, 2);
if (supOurs.result !== supDec.result) throw new Error('supports differ');
const allocOurs = measure('allocate', allocateOurs, 1);
const allocDinero = measure('dinero.js allocate', allocateDinero, 1);

const lines = [
  `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${N.toLocaleString('en')} amounts, best of the runs, ms.`,
  '',
  '| task | ours (ms) | compared with | theirs (ms) | theirs / ours | target |',
  '|---|---|---|---|---|---|',
  row('sum', sumOurs, sumBig, 'within 2× of bigint (ratio ≥ 0.5)'),
  row('sum', sumOurs, sumDec, '—'),
  row('support (TT 28 machinery)', supOurs, supDec, '≥ 5×'),
  row('allocate [15, 15, 70]', allocOurs, allocDinero, '—'),
  '',
  `sum within 2× of the bigint loop: ${sumBig.ms / sumOurs.ms >= 0.5 ? 'yes' : 'NO'}; support ≥ 5× faster than decimal.js: ${supDec.ms / supOurs.ms >= 5 ? 'yes' : 'NO'}.`,
  `Total time ${((performance.now() - started) / 1000).toFixed(1)} s.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
