import { BUILT_IN_RULE_SETS, createRuleSetRegistry } from '@khuyencong/calc';
import { judgementDate, SEED_DATASET } from '@khuyencong/domain';
import type { HostileCases } from '@khuyencong/hostile';
import { createReportBuilder, datasetRecords, type ReportResult } from '../src/index';

const [VIET_SEC, PHU_YEN] = SEED_DATASET.projects;
if (VIET_SEC === undefined || PHU_YEN === undefined)
  throw new Error('the seed dataset has projects');

const RULE_SETS = createRuleSetRegistry(BUILT_IN_RULE_SETS);

/** What a check is given for the seed article's Phú Yên machinery project (a city-grade site, no priority area). */
const PHU_YEN_CONTEXT = {
  judgement: judgementDate(PHU_YEN),
  ruleSets: RULE_SETS,
  site: { cityGrade: '3', priorityAreas: [] },
};

/** The seed dataset built into a report (3 projects, plans and reports; findings of every severity). */
function seedResult(): ReportResult {
  const builder = createReportBuilder({ asOf: '2024-10-01' });
  for (const record of datasetRecords(SEED_DATASET, 'seed')) builder.add(record);
  return builder.build();
}
const RESULT = seedResult();

/** Every render option, so that each is attacked. */
const RENDER_OPTIONS = {
  lang: 'en',
  skipInvalid: true,
  documents: {},
  moreFindings: (code: string) => `khuyencong check --only ${code}`,
  perCode: 2,
};

const CSV =
  'Mã đề án;Nội dung;Tỉnh/Thành phố;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ\nDA-01;máy móc;Phú Yên;2024;địa phương;899000000;286000000\nDA-02;máy móc;Phú Yên;2024;địa phương;1.36x tỷ;300000000\n';

/** The rule-set file of loadRuleSets' example: province X's 2026 resolution, 50% up to 500 million for machinery. */
const RULE_SET_TEXT = JSON.stringify({
  legalDocuments: [
    {
      id: 'nq-hdnd-x-2026',
      number: '12/2026/NQ-HĐND',
      kind: 'resolution',
      issuer: 'Hội đồng nhân dân tỉnh X',
      title: 'Nghị quyết quy định mức hỗ trợ khuyến công địa phương',
      effectiveFrom: '2026-03-01',
      confidence: { basis: 'read', level: 'high' },
    },
  ],
  ruleSets: [
    {
      id: 'x-2026',
      name: 'Mức hỗ trợ tỉnh X',
      fund: 'local',
      province: 'phu-yen',
      legalDocuments: ['nq-hdnd-x-2026'],
      effectiveFrom: '2026-03-01',
      confidence: { basis: 'read', level: 'high' },
      rules: [
        {
          activity: 'machinery',
          maxRatePercent: '50',
          cap: '500000000',
          legalReference: { document: 'nq-hdnd-x-2026', article: '3' },
          confidence: { basis: 'read', level: 'high' },
        },
      ],
    },
  ],
});

/** A finding with where it was found, as the builder gives it. */
const LOCATED = {
  finding: {
    code: 'CELL_NOT_AMOUNT',
    severity: 'error',
    details: { field: 'totalCost', value: '1.36x tỷ' },
  },
  origin: { source: 'de-an.csv', line: 7, column: 'Tổng kinh phí' },
  projectId: 'DA-06',
};

/** Every builder option, so that each is attacked. */
const BUILDER_OPTIONS = {
  asOf: '2024-10-01',
  ruleSets: RULE_SETS,
  checks: [],
  keepFindings: { perCode: 5 },
  filter: { minSeverity: 'info', codes: [] },
  onFinding: () => undefined,
};

/**
 * A valid call of every runtime export of report, with the seed article's projects and figures (its
 * dataset built into a report for the renderers), every option key listed so that each is attacked.
 */
export const CASES: HostileCases = {
  COLUMN_ALIASES: { kind: 'value' },
  LINE_FIELDS: { kind: 'value' },
  MAX_LINE_LENGTH: { kind: 'value' },
  PROJECT_CHECKS: { kind: 'value' },
  PROJECT_FIELDS: { kind: 'value' },
  approvalDateCheck: { kind: 'function', valid: [VIET_SEC, PHU_YEN_CONTEXT] },
  buildReport: {
    kind: 'function',
    valid: [
      [
        { source: 'de-an.csv', content: CSV, format: 'csv' },
        { source: 'seed', dataset: { projects: [PHU_YEN] } },
      ],
      {
        ...BUILDER_OPTIONS,
        implementingUnit: 'Trung tâm Khuyến công Phú Yên',
        onProgress: () => undefined,
      },
    ],
  },
  createReportBuilder: {
    kind: 'function',
    valid: [BUILDER_OPTIONS],
    methods: {
      add: [{ kind: 'project', project: PHU_YEN, origin: { source: 'seed', path: 'projects[1]' } }],
      addAll: [[{ kind: 'input', source: 'seed', format: 'json' }]],
      build: [],
    },
  },
  datasetRecords: { kind: 'function', valid: [SEED_DATASET, 'seed'] },
  detectDelimiter: { kind: 'function', valid: ['Mã đề án;Tên đề án;"Tổng kinh phí, đồng"'] },
  eligibilityCheck: { kind: 'function', valid: [PHU_YEN, PHU_YEN_CONTEXT] },
  eligibilitySite: {
    kind: 'function',
    valid: [
      { provinceId: 'phu-yen', district: 'Thị xã Sông Cầu' },
      '2024-01-01',
      { cityGrade: '3' },
    ],
  },
  findingToJson: {
    kind: 'function',
    valid: [LOCATED, { lang: 'en', documents: {} }],
  },
  fundingCheck: { kind: 'function', valid: [PHU_YEN, PHU_YEN_CONTEXT] },
  loadRuleSets: { kind: 'function', valid: [[{ source: 'x.json', text: RULE_SET_TEXT }]] },
  matchCode: { kind: 'function', valid: ['activity', 'máy móc'] },
  matchesFilter: {
    kind: 'function',
    valid: [LOCATED, { minSeverity: 'warning', codes: ['CELL_NOT_AMOUNT'] }],
  },
  nationalReferenceCheck: { kind: 'function', valid: [PHU_YEN, PHU_YEN_CONTEXT] },
  readCsvRows: { kind: 'function', valid: [CSV, { maxLineLength: 10_000 }] },
  readInput: {
    kind: 'function',
    valid: [
      {
        source: 'de-an.csv',
        content: CSV,
        format: 'csv',
        implementingUnit: 'Trung tâm Khuyến công Phú Yên',
        maxLineLength: 10_000,
      },
    ],
  },
  readInputBatches: {
    kind: 'function',
    valid: [
      {
        source: 'de-an.csv',
        content: CSV,
        format: 'auto',
        implementingUnit: 'Trung tâm Khuyến công Phú Yên',
        maxLineLength: 10_000,
      },
    ],
  },
  renderFindings: {
    kind: 'function',
    valid: [
      RESULT,
      {
        format: 'text',
        lang: 'en',
        documents: {},
        moreFindings: RENDER_OPTIONS.moreFindings,
        perCode: 2,
      },
    ],
  },
  renderReport: {
    kind: 'function',
    valid: [RESULT, { format: 'text', ...RENDER_OPTIONS }],
  },
  renderReportCsv: { kind: 'function', valid: [RESULT, RENDER_OPTIONS] },
  renderReportHtml: { kind: 'function', valid: [RESULT, RENDER_OPTIONS] },
  renderReportJson: { kind: 'function', valid: [RESULT, RENDER_OPTIONS] },
  renderReportJsonChunks: { kind: 'function', valid: [RESULT, RENDER_OPTIONS] },
  renderReportText: { kind: 'function', valid: [RESULT, RENDER_OPTIONS] },
  resolveColumns: {
    kind: 'function',
    valid: [['STT', 'Mã đề án', 'Nội dung', 'Tinh/Thanh pho', 'Năm', 'Tổng kinh phí (triệu đồng)']],
  },
  selectFindings: {
    kind: 'function',
    valid: [RESULT, { minSeverity: 'warning', codes: [] }, { counts: 'all' }],
  },
};
