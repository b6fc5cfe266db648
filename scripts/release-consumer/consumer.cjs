// CommonJS consumer of the packed tarballs (see scripts/release-dry-run.mjs).
const assert = require('node:assert/strict');
const { currentProvinces, SEED_DATASET } = require('@khuyencong/domain');

assert.deepEqual(currentProvinces('Phú Yên', '2026-11-27').map((p) => p.name), ['Đắk Lắk']);
assert.equal(SEED_DATASET.projects.length, 3);
console.log('[cjs consumer] ok');
