// Requires the built CommonJS output (dist/index.cjs) of every library package, as Jest or an older Node
// app would, and asserts on real figures of the seed article.
const assert = require('node:assert/strict');
const { attainment, computeSupport, TT_28_2018 } = require('@khuyencong/calc');
const {
  currentProvinces,
  isKhuyenCongError,
  provinceOn,
  toIsoDate,
} = require('@khuyencong/domain');
const { formatPercent, formatVnd, readVnd } = require('@khuyencong/i18n-vi');
const { projectSchema } = require('@khuyencong/validation');
const { SEED_DATASET } = require('@khuyencong/domain');
const { communesByNameOn } = require('@khuyencong/domain/communes');

const before = provinceOn('Phú Yên', '2024-06-01');
const now = currentProvinces('Phú Yên', '2026-11-27');
console.log(
  `[cjs] Phú Yên on 2024-06-01 → ${before?.name}; on 2026-11-27 → ${now.map((p) => p.name).join(', ')}`,
);
assert.equal(before?.name, 'Phú Yên');
assert.deepEqual(
  now.map((p) => p.name),
  ['Đắk Lắk'],
);
assert.equal(communesByNameOn('Ba Chẽ', 'Quảng Ninh', '2025-07-01')[0]?.code, '06970');
assert.throws(
  () => toIsoDate('2024-02-30'),
  (error) => isKhuyenCongError(error, ['INVALID_DATE']),
);
for (const name of [
  '@khuyencong/domain',
  '@khuyencong/calc',
  '@khuyencong/i18n-vi',
  '@khuyencong/validation',
]) {
  assert.equal(require.resolve(name).endsWith('index.cjs'), true, name);
}

assert.equal(
  formatPercent(attainment('73500000000', '78600000000', { decimals: 1 }).percent),
  '93,5%',
);
const support = computeSupport({
  ruleSet: TT_28_2018,
  activity: 'machinery',
  eligibleCost: '2000000000',
  modifiers: ['technology-line'],
});
assert.equal(readVnd(support.amount), 'Bốn trăm năm mươi triệu đồng');
assert.equal(projectSchema.safeParse(SEED_DATASET.projects[1]).success, true);
console.log(`[cjs] technology line support ${formatVnd(support.amount)}`);
console.log('[cjs] ok');
