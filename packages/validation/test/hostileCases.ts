import { createRuleSetRegistry, TT_28_2018 } from '@khuyencong/calc';
import { SEED_DATASET } from '@khuyencong/domain';
import type { HostileCase, HostileCases } from '@khuyencong/hostile';
import { defineRule, type RuleDefinition } from '../src/index';

const [VIET_SEC, PHU_YEN, DAK_LAK] = SEED_DATASET.projects;
const [REPORT_2023] = SEED_DATASET.reports;
const [PLAN_2023] = SEED_DATASET.plans;

/** A regional typical product of 2024 (Nón lá), valid to the end of 2026 under the default reading. */
const NON_LA = {
  kind: 'rural-industrial-typical-product',
  level: 'regional',
  productName: 'Nón lá',
  holder: 'HTX Nón lá Phú Gia',
  issuedOn: '2024-09-15',
};
const NON_LA_PROVINCE = { ...NON_LA, level: 'province', issuedOn: '2022-06-01' };

/** A household business machinery application in a commune of Phú Yên, approved on 01/03/2024. */
const APPLICATION = {
  beneficiary: { kind: 'household-business' },
  activity: 'machinery',
  sector: 'cottage-industry',
  location: { provinceId: 'phu-yen', unitKind: 'commune' },
  approvalDate: '2024-03-01',
};

/**
 * A zod schema: `safeParse` of a valid value is attacked (its contract is to return, never throw; `parse`
 * throws zod's own `ZodError` by design, which is not a repo error). Only its first argument: the second,
 * zod's parse params, is zod's API (zod spreads a string given there into an object of one key per
 * character: 0.5 s for a megabyte). What is checked for leaks is ours: the parsed data and the issues'
 * messages (worded by our default locale); zod's issue objects (`received: 'NaN'`) and the JSON dump of
 * them in `error.message` are zod's data. Zod keeps lazily built state on a schema object (`_zod`), so a
 * schema cannot be frozen.
 */
function schema(valid: unknown): HostileCase {
  return {
    kind: 'value',
    mutable: true,
    reason: 'a zod schema keeps lazily built state on itself (its _zod internals)',
    methods: { safeParse: [valid] },
    arity: 1,
    outcome: (result) => {
      const parsed = result as {
        readonly success: boolean;
        readonly data?: unknown;
        readonly error?: { readonly issues: readonly { readonly message: string }[] };
      };
      return parsed.success ? parsed.data : parsed.error?.issues.map((issue) => issue.message);
    },
  };
}

/** The rule of the defineRule example: more than five beneficiaries is a warning under Đắk Lắk's 2025 resolution. */
const RULE_DEFINITION: RuleDefinition<{ readonly beneficiaries: readonly unknown[] }> = {
  code: 'TOO_MANY_BENEFICIARIES',
  id: 'dak-lak-2025:beneficiaries',
  severity: 'warning',
  legalReference: { document: 'nq-hdnd-dak-lak-2025-khuyen-cong' },
  effectiveFrom: '2025-07-26',
  effectiveTo: '2030-12-31',
  check: (input) =>
    input.beneficiaries.length > 5 ? { details: { count: input.beneficiaries.length } } : undefined,
};

/**
 * A valid call of every runtime export of validation, with the seed article's projects and figures, every
 * option key listed so that each is attacked.
 */
export const CASES: HostileCases = {
  CERTIFICATE_RULES: { kind: 'value' },
  ELIGIBILITY_RULES: { kind: 'value' },
  FIELD_LABELS_VI: { kind: 'value' },
  FUNDING_RULES: { kind: 'value' },
  VOTING_ENTRY_RULES: { kind: 'value' },
  annualPlanSchema: schema(PLAN_2023),
  beneficiarySchema: schema({ name: 'Hộ kinh doanh Thi Nga', kind: 'household-business' }),
  certificateSchema: schema(NON_LA),
  certificateValidity: {
    kind: 'function',
    valid: [
      NON_LA,
      { asOf: '2025-10-01', reading: 'issue-year-first', expiringWithinDays: 90, rules: [] },
    ],
  },
  checkEligibility: {
    kind: 'function',
    valid: [APPLICATION, { asOf: '2024-03-01', rules: [], prevalidated: false }],
  },
  checkFunding: {
    kind: 'function',
    valid: [
      { ...PHU_YEN, noDoubleFundingDeclared: true },
      {
        asOf: '2024-03-01',
        ruleSet: TT_28_2018,
        registry: createRuleSetRegistry([TT_28_2018]),
        variant: 'regional',
        modifiers: [],
        advance: '200000000',
        rules: [],
        prevalidated: false,
      },
    ],
  },
  checkVotingEntry: {
    kind: 'function',
    valid: [
      { certificates: [NON_LA_PROVINCE] },
      { level: 'regional', asOf: '2024-12-31', endorsed: true, rules: [] },
    ],
  },
  consultingFiguresSchema: schema(SEED_DATASET.plans[1]?.consulting),
  costAmountSchema: schema('73500000000'),
  createModelSchemas: { kind: 'function', valid: [{ unknownKeys: 'strip' }] },
  datasetSchema: schema(SEED_DATASET),
  defineRule: { kind: 'function', valid: [RULE_DEFINITION] },
  eligibilityApplicationSchema: schema(APPLICATION),
  enErrorMap: { kind: 'function', valid: [] },
  hasValidCertificate: {
    kind: 'function',
    valid: [{ certificates: [NON_LA] }, { level: 'regional', asOf: '2025-10-01' }],
  },
  isoDateSchema: schema('2024-10-01'),
  legalDocumentSchema: schema({
    id: 'tt-28-2018-btc',
    number: '28/2018/TT-BTC',
    title: 'Thông tư hướng dẫn lập, quản lý và sử dụng kinh phí khuyến công',
    issuedOn: '2018-03-28',
    effectiveFrom: '2018-05-11',
  }),
  legalReferenceSchema: schema({ document: 'tt-28-2018-btc', article: '8', clause: '1' }),
  locationSchema: schema(DAK_LAK?.location),
  periodReportSchema: schema(REPORT_2023),
  periodSchema: schema({ kind: 'nine-months', year: 2024 }),
  projectSchema: schema(VIET_SEC),
  reportScopeSchema: schema({ kind: 'province', id: 'dak-lak' }),
  reportedAmountSchema: schema({ amount: '73500000000', asWritten: '73,5 tỷ đồng' }),
  reportedPercentSchema: schema({ percent: '93.5', asWritten: '93,5%' }),
  ruleSetFileSchema: schema({ ruleSets: [TT_28_2018] }),
  ruleSetSchema: schema(TT_28_2018),
  runRules: {
    kind: 'function',
    valid: [
      [defineRule(RULE_DEFINITION)],
      { beneficiaries: [1, 2, 3, 4, 5, 6] },
      { asOf: '2025-08-01' },
    ],
  },
  seedDatasetSchema: schema(SEED_DATASET),
  toJsonSchemas: { kind: 'function', valid: [] },
  viErrorMap: {
    kind: 'function',
    valid: [{ labels: { totalCost: 'tổng kinh phí' } }],
  },
  vndAmountSchema: schema('-1500000'),
};
