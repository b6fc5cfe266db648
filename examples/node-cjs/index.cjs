// Requires the built CommonJS output (dist/index.cjs) of each package, as Jest or an older Node app would.
const assert = require('node:assert/strict');
const { currentProvinces, isKhuyenCongError, provinceOn, toIsoDate } = require('@khuyencong/domain');

const before = provinceOn('Phú Yên', '2024-06-01');
const now = currentProvinces('Phú Yên', '2026-11-27');
console.log(`[cjs] Phú Yên on 2024-06-01 → ${before?.name}; on 2026-11-27 → ${now.map((p) => p.name).join(', ')}`);
assert.equal(before?.name, 'Phú Yên');
assert.deepEqual(
  now.map((p) => p.name),
  ['Đắk Lắk'],
);
assert.throws(() => toIsoDate('2024-02-30'), (error) => isKhuyenCongError(error, ['INVALID_DATE']));
assert.equal(require.resolve('@khuyencong/domain').endsWith('index.cjs'), true);
console.log('[cjs] ok');
