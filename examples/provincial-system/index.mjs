// How a provincial system embeds the libraries: it loads its own rule set, validates a submission,
// computes the support and prints the decision's amount in words. Runs on the BUILT packages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { computeSupport, createRuleSetRegistry, TT_28_2018 } from '@khuyencong/calc';
import { formatLegalReference, formatVnd, readVnd } from '@khuyencong/i18n-vi';
import { checkFunding, projectSchema } from '@khuyencong/validation';

// 1. The province's own rule set, kept as data next to its system, plus the national circular.
const own = JSON.parse(readFileSync(new URL('./rules/dak-lak-2025.json', import.meta.url), 'utf8'));
const registry = createRuleSetRegistry([TT_28_2018, own]);

// 2. A submission from the province's web form: a cleaner-production pilot asking for 450 triệu on 1,36 tỷ.
const submission = {
  id: 'DL-2025-017',
  title: 'Mô hình thí điểm sản xuất sạch hơn tại cơ sở chế biến cà phê',
  activity: 'cleaner-production-pilot',
  fund: 'local',
  implementingUnit: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Đắk Lắk',
  beneficiaries: [{ name: 'Hộ kinh doanh cà phê Ea Tu', kind: 'household-business' }],
  location: {
    provinceId: 'dak-lak-2025',
    commune: 'Ea Tu',
    communeKind: 'commune',
    asOf: '2025-09-01',
  },
  year: 2025,
  approval: { date: '2025-09-01' },
  status: 'approved',
  totalCost: '1360000000',
  funding: { local: '450000000', counterpart: '910000000' },
  noDoubleFundingDeclared: true,
};
const project = projectSchema.parse(submission);
const result = checkFunding(project, { registry });
const errors = result.findings.filter((finding) => finding.severity === 'error');
console.log(
  `[provincial] ${project.id}: ${result.ok ? 'hợp lệ' : 'không hợp lệ'}; ${errors.map((f) => f.code).join(', ')}`,
);
assert.equal(result.ok, false);
assert.deepEqual(
  errors.map((finding) => finding.code),
  ['SUPPORT_EXCEEDS_LIMIT'],
);

// 3. The support the decision may grant under the province's rules, and which limit binds.
const support = computeSupport({
  registry,
  fund: 'local',
  province: 'dak-lak-2025',
  date: project.approval.date,
  activity: project.activity,
  eligibleCost: project.totalCost,
  requested: project.funding.local,
});
console.log(
  `[provincial] mức hỗ trợ ${formatVnd(support.amount)} (${support.binding === 'cap' ? 'mức trần' : 'tỷ lệ'}; ${support.ruleSetId}; ${formatLegalReference(support.legalReference)})`,
);
assert.equal(support.amount, '400000000');
assert.equal(support.binding, 'cap');
assert.equal(support.rateLimit, '408000000');
assert.equal(support.ruleSetId, 'dak-lak-2025-provincial-config');

// 4. The decision's "Bằng chữ" line.
const words = readVnd(support.amount);
console.log(`[provincial] Bằng chữ: ${words}`);
assert.equal(words, 'Bốn trăm triệu đồng');
console.log('[provincial] ok');
