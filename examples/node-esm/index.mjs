// Imports the built ESM output (dist/index.js) of each package, as a consumer's ESM project would.
import assert from 'node:assert/strict';
import { currentProvinces, isKhuyenCongError, provinceOn, toIsoDate } from '@khuyencong/domain';

const before = provinceOn('Phú Yên', '2024-06-01');
const now = currentProvinces('Phú Yên', '2026-11-27');
console.log(`[esm] Phú Yên on 2024-06-01 → ${before?.name}; on 2026-11-27 → ${now.map((p) => p.name).join(', ')}`);
assert.equal(before?.name, 'Phú Yên');
assert.deepEqual(
  now.map((p) => p.name),
  ['Đắk Lắk'],
);
assert.throws(() => toIsoDate('2024-02-30'), (error) => isKhuyenCongError(error, ['INVALID_DATE']));
console.log('[esm] ok');
