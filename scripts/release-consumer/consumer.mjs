// ESM consumer of the packed tarballs (see scripts/release-dry-run.mjs).
import assert from 'node:assert/strict';
import { currentProvinces, SEED_DATASET } from '@khuyencong/domain';

assert.deepEqual(currentProvinces('Phú Yên', '2026-11-27').map((p) => p.name), ['Đắk Lắk']);
assert.equal(SEED_DATASET.projects.length, 3);
console.log('[esm consumer] ok');
