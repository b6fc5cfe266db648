// ESM consumer of the packed tarballs (see scripts/release-dry-run.mjs): a real calculation end to end.
import assert from 'node:assert/strict';
import { computeSupport, TT_28_2018 } from '@khuyencong/calc';
import { currentProvinces, SEED_DATASET } from '@khuyencong/domain';
import { formatVnd, readVnd } from '@khuyencong/i18n-vi';

const support = computeSupport({
  ruleSet: TT_28_2018,
  activity: 'machinery',
  eligibleCost: '1360000000',
});
assert.equal(support.amount, '300000000');
assert.equal(readVnd(support.amount), 'Ba trăm triệu đồng');
assert.equal(formatVnd('73500000000', { unit: 'auto' }), '73,5 tỷ đồng');
assert.deepEqual(
  currentProvinces('Phú Yên', '2026-11-27').map((p) => p.name),
  ['Đắk Lắk'],
);
assert.equal(SEED_DATASET.projects.length, 3);
console.log(`[esm consumer] ok: ${formatVnd(support.amount)} (${readVnd(support.amount)})`);
