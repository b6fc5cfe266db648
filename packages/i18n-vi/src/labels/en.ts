import { deepFreeze } from '@khuyencong/internal';
// The English words of the project other than messages, key for key with the Vietnamese module (`./vi.ts`): a
// key missing here, or one that is not there, does not compile. No Vietnamese words except proper names (a test
// checks every text).
import { adminUnitKindNames } from '../_internal/adminUnitKindNames';
import type { VndUnit } from '../format/VndUnit';
import type { CodeLabels, FieldName, TermKey } from './vi';

/**
 * English labels for every code of `@khuyencong/domain`, by list name: {@link LABELS} in the wording an English
 * reader of Vietnamese policy expects (the terms of the English translations of NĐ 45/2012/NĐ-CP and its
 * circulars), lower case so that they fit in a sentence.
 *
 * @category Labels
 * @example
 * ```ts
 * import { LABELS_EN } from '@khuyencong/i18n-vi';
 * [LABELS_EN.fundingSource.national, LABELS_EN.activity['demonstration-model'], LABELS_EN.typicalProductLevel.regional]
 * //=> ['national industrial promotion fund', 'building demonstration models of techniques', 'regional level']
 * ```
 */
export const LABELS_EN: CodeLabels = /* @__PURE__ */ deepFreeze({
  fundingSource: {
    national: 'national industrial promotion fund',
    local: 'local industrial promotion fund',
    counterpart: 'counterpart funds',
    other: 'other lawful sources',
  },
  activity: {
    startup: 'support for starting a business',
    'demonstration-model': 'building demonstration models of techniques',
    'effective-facility-model':
      'building models of effectively operating rural industrial establishments',
    machinery: 'support for applying advanced machinery and for technology transfer',
    'cleaner-production-pilot': 'building pilot models of cleaner production',
    'circular-production-model': 'building models of circular production',
    'pollution-treatment-facility':
      'support for repairing and upgrading pollution treatment systems at establishments',
    'pollution-treatment-cluster':
      'support for building pollution treatment systems in industrial clusters',
    'cluster-planning': 'support for the detailed planning of industrial clusters',
    'cluster-infrastructure':
      'support for investment in the technical infrastructure of industrial clusters',
    'typical-product-voting': 'organising the selection of typical rural industrial products',
    'typical-product-prize': 'awards for typical rural industrial products',
    'trade-fair-domestic': 'organising and taking part in domestic fairs and exhibitions',
    'trade-fair-abroad': 'taking part in fairs and exhibitions abroad',
    'study-tour-abroad': 'organising surveys and study tours abroad',
    'brand-building': 'support for building and registering brands',
    consulting: 'consulting and assistance for rural industrial establishments',
    training: 'training and capacity building',
    media: 'information and publicity',
    association: 'support for founding associations and trade associations',
    'business-linkage-cluster':
      'support for joint ventures, linkages, economic cooperation and enterprise linkage clusters',
    'relocation-interest-subsidy':
      'interest-rate support on loans to relocate polluting establishments',
    'digital-transformation': 'support for digital transformation',
  },
  beneficiaryKind: {
    'small-medium-enterprise': 'small or medium-sized enterprise',
    'large-enterprise': 'large enterprise',
    cooperative: 'cooperative',
    'cooperative-union': 'union of cooperatives',
    'cooperative-group': 'cooperative group',
    'household-business': 'household business',
    artisan: 'artisan',
    'service-provider': 'organisation or individual providing industrial promotion services',
  },
  enterpriseSize: {
    micro: 'micro enterprise',
    small: 'small enterprise',
    medium: 'medium-sized enterprise',
    large: 'large enterprise',
  },
  sector: {
    'agro-forestry-aquatic-food-processing':
      'processing of agricultural, forestry and aquatic products, and food processing',
    'consumer-export-import-substitution-goods':
      'manufacturing industrial goods for consumption, for export and to replace imports',
    'agricultural-chemicals':
      'chemical and pharmaceutical industry serving agriculture and rural areas',
    'construction-materials': 'manufacturing construction materials',
    'machinery-electronics-supporting-industry':
      'manufacturing products and spare parts, assembling and repairing mechanical, electrical, electronic and IT machinery, equipment and tools; supporting industries',
    'cottage-industry': 'manufacturing handicraft and fine-art products, rural trades',
    'mining-mineral-processing':
      'mining and mineral processing in areas with difficult socio-economic conditions',
    'cleaner-production-pollution-treatment':
      'applying cleaner production, treating environmental pollution in industrial clusters and production establishments',
    'high-tech-industry': 'high-tech industry',
    'clean-industry': 'clean industry',
    'energy-saving-industry': 'energy-saving industry',
    'environmental-industry': 'environmental industry',
    'green-energy-industry': 'green energy industry',
  },
  priorityAreaKind: {
    highland: 'highland area',
    island: 'island',
    border: 'border area',
    'ethnic-minority-area': 'ethnic minority area',
    'poor-district': 'poor district',
    'new-rural-commune': 'commune in the new rural development programme',
    'difficult-area': 'area with difficult socio-economic conditions',
    'especially-difficult-area': 'area with especially difficult socio-economic conditions',
  },
  priorityOwnerKind: {
    'women-owned': 'establishment owned by a woman',
    'ethnic-minority-owned': 'establishment owned by a member of an ethnic minority',
  },
  certificateKind: {
    'rural-industrial-typical-product': 'typical rural industrial product certificate',
    ocop: 'OCOP product certificate',
  },
  typicalProductLevel: {
    district: 'district level',
    commune: 'commune level',
    province: 'provincial level',
    regional: 'regional level',
    national: 'national level',
  },
  projectStatus: {
    approved: 'approved',
    advanced: 'advance paid',
    accepted: 'accepted on completion',
    'handed-over': 'handed over',
    settled: 'settled',
    cancelled: 'discontinued',
  },
  periodKind: {
    year: 'year',
    'nine-months': '9 months',
    'half-year': '6 months',
    quarter: 'quarter',
    month: 'month',
    'multi-year': 'multi-year period',
  },
  amountQualifier: {
    'more-than': 'more than',
    'less-than': 'less than',
    nearly: 'nearly',
    about: 'about',
  },
  // The domain keeps each unit kind's English name next to its Vietnamese one; one source.
  adminUnitKind: /* @__PURE__ */ adminUnitKindNames('nameEn'),
  findingSeverity: {
    error: 'error',
    warning: 'warning',
    info: 'note',
  },
  legalDocumentKind: {
    law: 'law',
    resolution: 'resolution',
    decree: 'decree',
    decision: 'decision',
    circular: 'circular',
    'joint-circular': 'joint circular',
    'consolidated-text': 'consolidated text',
  },
  schemaIssue: {
    invalid_type: 'wrong type of data',
    too_big: 'value too large',
    too_small: 'value too small or too short',
    invalid_format: 'wrong format',
    not_multiple_of: 'not a multiple of the allowed step',
    unrecognized_keys: 'fields that are not allowed',
    invalid_union: 'matches none of the allowed forms',
    invalid_key: 'invalid key',
    invalid_element: 'invalid element',
    invalid_value: 'value not in the allowed list',
    custom: 'invalid value',
    INVALID_AMOUNT: 'not a whole number of dong',
    INVALID_CALENDAR_DATE: 'not a real calendar date',
    INVALID_SCOPE_ID: 'invalid scope id',
    INVALID_PERIOD_INDEX: 'invalid number of the period',
    INVALID_PERIOD_END: 'invalid end year of the period',
    CERTIFICATE_LEVEL: 'invalid level of the certificate',
    CERTIFICATE_STARS: 'invalid number of stars of the certificate',
    REVOKED_BEFORE_ISSUE: 'revoked before it was issued',
  },
  amountIssueReason: {
    type: 'not a string of digits, a bigint or an integer',
    format: 'not written as plain digits',
    exponent: 'written with an exponent',
    fraction: 'has a fraction of a dong',
    'unsafe-number': 'too large for a number; write it as a string of digits',
    'not-finite': 'not a finite number',
    negative: 'negative',
  },
});

/**
 * English names of the fields a finding can be about: {@link FIELD_LABELS} field for field.
 *
 * @category Labels
 * @example
 * ```ts
 * import { FIELD_LABELS_EN } from '@khuyencong/i18n-vi';
 * [FIELD_LABELS_EN.sector, FIELD_LABELS_EN.totalCost]
 * //=> ['sector', 'total cost']
 * ```
 */
export const FIELD_LABELS_EN: Readonly<Record<FieldName, string>> = /* @__PURE__ */ deepFreeze({
  achievedBySource: 'achieved by funding source',
  reportedAttainment: 'plan attainment',
  'consulting.reportedAttainment': 'consulting revenue attainment',
  sector: 'sector',
  'beneficiary.kind': 'kind of beneficiary',
  unitKind: 'kind of commune-level unit',
  cityGrade: 'city grade',
  convertedFromCommuneOn: 'date the ward was converted from a commune',
  id: 'project id',
  title: 'project title',
  activity: 'industrial promotion activity',
  province: 'province',
  district: 'district',
  commune: 'commune',
  communeKind: 'kind of commune-level unit',
  craftVillage: 'craft village',
  priorityAreas: 'priority areas',
  year: 'year',
  fund: 'funding source',
  totalCost: 'total cost',
  eligibleCost: 'eligible cost',
  support: 'support',
  counterpart: 'counterpart funds',
  national: 'national industrial promotion fund',
  local: 'local industrial promotion fund',
  other: 'other sources',
  approvalDate: 'approval date',
  decisionNumber: 'decision number',
  beneficiaryKind: 'kind of beneficiary',
  beneficiary: 'beneficiary',
  status: 'status',
  implementingUnit: 'implementing unit',
  noDoubleFundingDeclared: 'no-double-funding declaration',
  scope: 'scope',
  period: 'reporting period',
  planned: 'plan',
  achieved: 'achieved',
  reportedPercent: 'attainment percent',
  projectCount: 'number of projects',
  consultingRevenuePlanned: 'planned consulting revenue',
  consultingRevenue: 'consulting revenue',
  consultingReportedPercent: 'consulting revenue percent',
  consultingProjectsPlanned: 'planned consulting projects',
  consultingProjects: 'consulting projects',
});

/**
 * The English label of each {@link VndUnit}, as a table header writes it ("Unit: million VND"): the same units
 * as {@link VND_UNIT_LABELS}, `nghin-ty` (10^12) being "trillion".
 *
 * @category Labels
 * @example
 * ```ts
 * import { VND_UNIT_LABELS_EN } from '@khuyencong/i18n-vi';
 * [VND_UNIT_LABELS_EN.trieu, VND_UNIT_LABELS_EN['nghin-ty']]
 * //=> ['million VND', 'trillion VND']
 * ```
 */
export const VND_UNIT_LABELS_EN: Readonly<Record<VndUnit, string>> = /* @__PURE__ */ deepFreeze({
  dong: 'VND',
  nghin: 'thousand VND',
  trieu: 'million VND',
  ty: 'billion VND',
  'nghin-ty': 'trillion VND',
});

/**
 * The English words of reports and of the command line: {@link TERMS} key for key, with the same values to
 * fill (English adds `{n:plural(row|rows)}` where a count takes a plural).
 *
 * @category Labels
 * @example
 * ```ts
 * import { TERMS_EN } from '@khuyencong/i18n-vi';
 * [TERMS_EN['report.attainment.title'], TERMS_EN['cli.check.verdictErrors']]
 * //=> ['Plan and achievement', '{errors:number} {errors:plural(error|errors)}.']
 * ```
 */
export const TERMS_EN: Readonly<Record<TermKey, string>> = /* @__PURE__ */ deepFreeze({
  'cli.main.title':
    'khuyencong {version}: the industrial promotion command-line tool (reports, checks, support limits, amounts in words)',
  'cli.main.usage': 'Usage: khuyencong <command> [options]',
  'cli.main.commands': 'Commands:',
  'cli.main.globalOptions': 'Global options:',
  'cli.main.helpOption': 'help (also after each command)',
  'cli.main.versionOption': 'print the version',
  'cli.main.langOption': 'output language',
  'cli.main.exitCodes':
    'Exit codes: 0 success, 1 check found errors, 2 bad input, file or usage, 3 an unexpected error of the program.',
  'cli.help.usage': 'Usage: khuyencong {usage}',
  'cli.help.options': 'Options:',
  'cli.help.examples': 'Examples:',
  'cli.help.arguments': 'Arguments:',
  'cli.option.help': 'print this help',
  'cli.option.lang': 'language of the output (default vi)',
  'cli.option.out': 'write to a file instead of stdout (all or nothing)',
  'cli.option.asOf': 'report date, and the date rules apply on when a row has none (default today)',
  'cli.option.formatTable': 'output format (default table)',
  'cli.option.formatText': 'output format (default text)',
  'cli.option.rules':
    "a JSON file of a province's support rules, with the province's legal documents (repeatable)",
  'cli.option.skipInvalid':
    'skip the rejected rows and make the totals anyway (the report says so at the top)',
  'cli.option.only':
    'print only the findings of this severity or worse (errors: errors only; warnings: errors and warnings)',
  'cli.option.code': 'print only the findings of this code (repeatable), e.g. CELL_NOT_AMOUNT',
  'cli.option.stdin': 'give - instead of a file name to read standard input (CSV or JSON)',
  'cli.argument.checkFile': 'the file to check',
  'cli.argument.amount': 'the amount',
  'cli.argument.reportFiles': 'CSV or JSON files (one or more); without one: the bundled dataset',
  'cli.report.usage':
    'report [FILE|- ...] [--format table|text|json|csv|html] [--out FILE] [--lang vi|en] [--as-of YYYY-MM-DD] [--rules FILE] [--skip-invalid]',
  'cli.report.summary':
    'plan vs achievement, funding split, projects, inconsistencies and support findings',
  'cli.report.description':
    'Reads projects or plan/report lines from CSV (UTF-8 with or without BOM; , or ; separated; Vietnamese headers as exported from Excel, or English field names) or JSON. Without a file: the bundled Central and Central Highlands dataset (2023 and 9 months of 2024).',
  'cli.check.usage':
    'check FILE|- ... [--format table|text|json] [--only errors|warnings] [--code CODE] [--out FILE] [--lang vi|en] [--as-of YYYY-MM-DD] [--rules FILE]',
  'cli.check.summary':
    'validation only: inconsistencies, support limits, funding, eligibility; exit code 1 on any error',
  'cli.check.description':
    'Exit code: 0 no error (warnings allowed), 1 an error finding, 2 bad input, file or usage, 3 an unexpected error of the program.',
  'cli.check.verdictNone': 'No errors.',
  'cli.check.verdictErrors': '{errors:number} {errors:plural(error|errors)}.',
  'cli.support.usage':
    'support --activity <activity> --cost <cost> [--fund national|local] [--date YYYY-MM-DD] [--province <province>] [--rules FILE] [--format text|json]',
  'cli.support.summary':
    'the support limit of an industrial promotion activity, which limit binds, and its legal basis',
  'cli.support.optionActivity': 'activity (a code, or a Vietnamese name such as "máy móc")',
  'cli.support.optionCost': 'eligible cost (1360000000, or as reports print it: "1,36 tỷ")',
  'cli.support.optionRequested': 'the support requested',
  'cli.support.optionFund': 'funding source (default national)',
  'cli.support.optionDate': 'approval date, selects the rules in force (default today)',
  'cli.support.optionProvince': 'province, for local funds',
  'cli.support.optionVariant': 'the level to use when the activity has several',
  'cli.support.optionTechnologyLine': 'a technology line (cap ×1.5)',
  'cli.support.bindingCap': 'the cap of {cap:vnd}',
  'cli.support.bindingRate': 'the maximum rate of {rate:percent} of cost',
  'cli.support.bindingRequested': 'the amount requested',
  'cli.support.amount': 'Support:        {amount:vnd} ({amount:vndAuto})',
  'cli.support.words': 'In words:       {words}',
  'cli.support.binding': 'Binding limit:  {binding}',
  'cli.support.rate': 'Rate limit:     {rate:percent} × {cost:vnd} = {rateLimit:vnd}',
  'cli.support.cap': 'Cap:            {cap:vnd}',
  'cli.support.noCap': 'Cap:            none',
  'cli.support.basis':
    'Legal basis:    {citation} (rule set {ruleSetId}; source: {basis}, confidence {level})',
  'cli.words.usage': 'words <amount> [--exact]',
  'cli.words.summary':
    'an amount in Vietnamese words (the "Bằng chữ" line of a decision or voucher)',
  'cli.words.description':
    'The amount in dong (73500000000, 73.500.000.000) or with a Vietnamese unit ("73,5 tỷ").',
  'cli.words.optionExact': 'end with "chẵn" (exactly)',
  'cli.parse.usage': 'parse "<amount as a report prints it>" [--format text|json]',
  'cli.parse.summary': 'read an amount as reports print it ("hơn 9 tỷ đồng") into whole dong',
  'cli.parse.amount': 'Amount:    {amount} ({amount:vnd})',
  'cli.parse.qualifier': 'Qualifier: {qualifier} ({qualifier:@amountQualifier})',
  'cli.parse.words': 'In words:  {words}',
  'cli.error.message': 'khuyencong: error: {message}',
  'cli.error.line': 'line {line}',
  'cli.error.column': 'column "{column}"',
  'cli.error.standardOutput': 'standard output',
  'cli.error.unexpected':
    'unexpected error of the program; please report it with the lines below at https://github.com/khuyencong/khuyencong/issues: {message}',
  'cli.progress.read': '{file}: read {rows:number} {rows:plural(row|rows)}…',
  'cli.progress.done': '{file}: done, {rows:number} {rows:plural(row|rows)}.',
  'report.title': 'Industrial promotion report',
  'report.asOf': 'Date: {date:date}',
  'report.sources': 'Data: {sources}',
  'report.findingCounts':
    'Inconsistencies: {inconsistencies:number} · Project findings: {errors:number} {errors:plural(error|errors)}, {warnings:number} {warnings:plural(warning|warnings)}, {infos:number} {infos:plural(note|notes)}',
  'report.rows':
    'Read {read:number} {read:plural(row|rows)}: {counted:number} counted, {rejected:number} rejected, {totals:number} {totals:plural(totals row|totals rows)}.',
  'report.skippedInvalid':
    'Note: {rejected:number} rejected {rejected:plural(row was|rows were)} skipped (--skip-invalid); the totals leave {rejected:plural(it|them)} out.',
  'report.scope.national': 'nationwide',
  'report.region.unknown': 'unknown',
  'report.fund.total': 'all sources',
  'report.impliedPlan': 'implied about {amount:vndAuto}',
  'report.splitFrom.report': 'report',
  'report.splitFrom.projectList': 'project list',
  'report.projectCount': '{count:number} {count:plural(project|projects)}',
  'report.notStated': '(not stated)',
  'report.column.scope': 'Scope',
  'report.column.period': 'Period',
  'report.column.source': 'Source',
  'report.column.annualPlan': 'Annual plan',
  'report.column.achieved': 'Achieved',
  'report.column.attainment': 'Attainment',
  'report.column.reportedPercent': 'Reported',
  'report.column.from': 'From',
  'report.column.amount': 'Amount',
  'report.column.share': 'Share',
  'report.column.region': 'Region',
  'report.column.province': 'Province',
  'report.column.projectCount': 'Projects',
  'report.column.totalCost': 'Total cost',
  'report.column.national': 'National',
  'report.column.local': 'Local',
  'report.column.counterpart': 'Counterpart',
  'report.column.activity': 'Activity',
  'report.column.plannedRevenue': 'Planned revenue',
  'report.column.revenue': 'Revenue',
  'report.column.consultingProjects': 'Projects',
  'report.column.projectPercent': 'Projects %',
  'report.column.severity': 'Severity',
  'report.column.code': 'Code',
  'report.column.project': 'Project',
  'report.column.where': 'Where',
  'report.column.message': 'Message',
  'report.column.legalBasis': 'Legal basis',
  'report.column.count': 'Count',
  'report.column.input': 'Input',
  'report.column.line': 'Line',
  'report.column.column': 'Column',
  'report.column.path': 'Path',
  'report.column.details': 'Details',
  'report.column.read': 'Read',
  'report.column.counted': 'Counted',
  'report.column.rejected': 'Rejected',
  'report.column.totalsRows': 'Totals rows',
  'report.attainment.title': 'Plan and achievement',
  'report.attainment.empty': 'No plan or report lines.',
  'report.funding.title': 'Funding split',
  'report.funding.empty': 'No figures by source.',
  'report.regions.title': 'Projects by region',
  'report.provinces.title': 'Projects by province',
  'report.provinces.regionUnknown': 'region unknown',
  'report.activities.title': 'Projects by activity',
  'report.projects.empty': 'No projects.',
  'report.consulting.title': 'Industrial development consulting',
  'report.consulting.empty': 'No consulting figures.',
  'report.inconsistencies.title': 'Inconsistencies in the reported figures',
  'report.inconsistencies.empty': 'No inconsistencies found.',
  'report.findings.title': 'Support caps and eligibility per project',
  'report.findings.empty': 'No findings.',
  'report.findings.omitted':
    '… and {omitted:number} more {omitted:plural(finding|findings)} (only the first {shown:number} are printed).',
  'report.findings.more':
    '… and {more:number} more {more:plural(finding|findings)}; to see them all: {command}',
  'report.findingsByCode.title': 'Findings by code',
  'report.findingTotals':
    'Findings: {total:number} ({errors:number} {errors:plural(error|errors)}, {warnings:number} {warnings:plural(warning|warnings)}, {infos:number} {infos:plural(note|notes)}).',
  'report.findings.count': '{count:number} {count:plural(finding|findings)}',
  'report.findings.moreInJson':
    '… and {more:number} more {more:plural(finding|findings)}; the JSON output lists them all.',
  'report.findings.legalBasis': 'Legal basis: {citation}',
  'report.findings.all': 'All findings',
  'report.where.column': 'column "{column}"',
  'report.where.project': 'project {id}',
  'report.period.multiYearFrom': 'period from {year}',
  'report.html.agency': 'Industrial promotion',
  'report.html.agencySubtitle': 'Data report',
  'report.html.nation': 'Socialist Republic of Vietnam',
  'report.html.motto': 'Independence - Freedom - Happiness',
  'report.html.subtitle': 'Figures as of {date:date}',
  'report.html.footer':
    'Made with khuyencong on {date:date}. Amounts are exact to the dong; percents are rounded to 2 decimals.',
  'report.html.preparedBy': 'Prepared by',
  'report.html.splitReport': 'Report: {scope}, {period}',
  'report.html.splitProjectList': 'Project list ({count:number} {count:plural(project|projects)})',
  'report.card.projects': 'Projects',
  'report.card.totalCost': 'Total project cost',
  'report.card.inconsistencies': 'Inconsistencies',
  'report.card.inconsistencyCount':
    '{count:number} ({errors:number} {errors:plural(error|errors)})',
  'report.card.projectFindings': 'Project findings',
  'report.card.projectFindingCount':
    '{errors:number} {errors:plural(error|errors)} · {warnings:number} {warnings:plural(warning|warnings)}',
  'report.card.findings': 'Findings',
  'report.card.rejectedRows': 'Rejected rows',
  'report.chart.attainment.caption':
    'Figure 1. Annual plan and achievement with attainment (computed from the figures; "(reported)" when only the printed percent exists).',
  'report.chart.attainment.label': 'Plan and achievement chart',
  'report.chart.attainment.plan': 'Plan',
  'report.chart.attainment.impliedPlan': 'Implied plan',
  'report.chart.attainment.achieved': 'Achieved',
  'report.chart.attainment.notReported': 'not reported',
  'report.chart.attainment.reportedPercent': '{percent:percent} (reported)',
  'report.chart.attainment.legendPlan': 'Annual plan',
  'report.chart.attainment.legendImpliedPlan': 'Plan implied by the percent',
  'report.chart.attainment.legendAchieved': 'Achieved',
  'report.chart.funding.caption': 'Figure 2. Funding split (share of the sum of sources).',
  'report.chart.funding.label': 'Funding split chart',
  'legal.basis.read': 'read in the text',
  'legal.basis.secondary': 'from a secondary source',
  'legal.basis.inferred': 'inferred',
  'legal.basis.memory': 'not verified',
  'legal.level.high': 'high',
  'legal.level.medium': 'medium',
  'legal.level.low': 'low',
});
