// CommonJS consumer of the packed tarballs (see scripts/release-dry-run.mjs): a real calculation end to end.
const assert = require('node:assert/strict');
const { attainment, checkReportedPercent } = require('@khuyencong/calc');
const { currentProvinces } = require('@khuyencong/domain');
const { formatPercent } = require('@khuyencong/i18n-vi');

assert.equal(
  formatPercent(attainment('73500000000', '78600000000', { decimals: 1 }).percent),
  '93,5%',
);
assert.equal(
  checkReportedPercent({ amount: '8000000000', qualifier: 'nearly' }, '6040000000', '115.6')
    .consistent,
  false,
);
assert.deepEqual(
  currentProvinces('Phú Yên', '2026-11-27').map((p) => p.name),
  ['Đắk Lắk'],
);
console.log('[cjs consumer] ok: 93,5% consistent, 115,6% inconsistent');
