// Imports the built ESM output (dist/index.js) of every library package, as a consumer's ESM project would,
// and asserts on real figures of the seed article.
import assert from 'node:assert/strict';
import { checkReportedPercent, computeSupport, TT_28_2018 } from '@khuyencong/calc';
import { currentProvinces, isKhuyenCongError, provinceOn, toIsoDate } from '@khuyencong/domain';
import { communesByNameOn } from '@khuyencong/domain/communes';
import { formatDate, formatVnd, readVnd } from '@khuyencong/i18n-vi';
import { certificateValidity } from '@khuyencong/validation';

const before = provinceOn('Phú Yên', '2024-06-01');
const now = currentProvinces('Phú Yên', '2026-11-27');
console.log(
  `[esm] Phú Yên on 2024-06-01 → ${before?.name}; on 2026-11-27 → ${now.map((p) => p.name).join(', ')}`,
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

const support = computeSupport({
  ruleSet: TT_28_2018,
  activity: 'machinery',
  eligibleCost: '1360000000',
});
assert.equal(formatVnd(support.amount), '300.000.000 đồng');
assert.equal(readVnd(support.amount), 'Ba trăm triệu đồng');
assert.equal(
  checkReportedPercent({ amount: '8000000000', qualifier: 'nearly' }, '6040000000', '115.6')
    .consistent,
  false,
);
const certificate = certificateValidity(
  {
    kind: 'rural-industrial-typical-product',
    level: 'regional',
    productName: 'x',
    holder: 'y',
    issuedOn: '2024-09-15',
  },
  { asOf: '2026-11-27' },
);
assert.equal(certificate.validUntil, '2026-12-31');
console.log(
  `[esm] support ${formatVnd(support.amount)}; certificate valid until ${formatDate(certificate.validUntil)}`,
);
console.log('[esm] ok');
