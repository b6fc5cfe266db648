import type { MessageCode } from './vi';

/**
 * English message templates for every error and finding code, for systems and reports that also need the
 * English text (`formatMessage(code, details, { lang: 'en' })`). Same details as {@link MESSAGES} (a parity test
 * checks the placeholders), plus `{n:plural(row|rows)}` where a count takes a plural; amounts print as
 * "73,500,000,000 VND", percents as "93.5%", dates as "1 October 2024", codes as their English labels. No
 * Vietnamese words except proper names and official document numbers.
 *
 * @category Messages
 * @example
 * ```ts
 * import { MESSAGES_EN } from '@khuyencong/i18n-vi';
 * MESSAGES_EN.FRACTIONAL_DONG
 * //=> 'An amount must be whole dong, with no fraction of a dong: {value}.'
 * ```
 */
export const MESSAGES_EN: Readonly<Record<MessageCode, string>> = {
  // @khuyencong/domain
  INVALID_DATE: 'Invalid date: {value}. A date must exist and be written YYYY-MM-DD.',
  UNKNOWN_TIME_ZONE:
    'Unknown time zone: {value}. Use an IANA time zone name such as Asia/Ho_Chi_Minh (Vietnam, the default).',
  UNKNOWN_CODE: 'The code {value} is not in the {list} list.',
  UNKNOWN_PROVINCE: 'No province or centrally-run city {query|id|value}.',
  UNKNOWN_LEGAL_DOCUMENT: 'No legal document {value} in the registry.',
  INVALID_PERIOD: 'Invalid reporting period (kind {kind}, year {year}).',
  // @khuyencong/i18n-vi
  INVALID_NUMBER: 'Not a valid number: {value}.',
  AMBIGUOUS_NUMBER:
    'The number {value} is ambiguous: it is not a number in the Vietnamese convention ("." groups thousands, "," marks decimals) and reads {otherReading} in the English one.',
  INVALID_AMOUNT_TEXT: 'Cannot read the amount: {value}.',
  AMBIGUOUS_AMOUNT:
    'The amount {value} is ambiguous: give its unit (dong, thousand dong, million dong or billion dong).',
  FRACTIONAL_DONG: 'An amount must be whole dong, with no fraction of a dong: {value}.',
  INVALID_NUMBER_WORDS: 'Cannot read the number in words: {value} (at "{word}").',
  INVALID_OPTION: 'Invalid option {option|parameter}: {value}.',
  // @khuyencong/i18n-vi (languages)
  UNSUPPORTED_LANGUAGE: 'The language "{value}" is not supported; use one of: {supported}.',
  // @khuyencong/report
  ROWS_REJECTED:
    '{rejected:number} of {read:number} {read:plural(row|rows)} {rejected:plural(was|were)} rejected for bad data, so no totals are made: fix those rows, or choose to skip the bad rows (--skip-invalid).',
  RULE_SET_FILE_NOT_JSON:
    'The rule-set file {source} is not valid JSON: error at line {line}, column {column}.',
  RULE_SET_FILE_INVALID:
    'The rule-set file {source} does not have the expected structure at "{path}": {issue:@schemaIssue}[[ (and {issues:number} more {issues:plural(issue|issues)})]].',
  // @khuyencong/cli
  UNKNOWN_COMMAND:
    'Unknown command "{value}"; the commands are: {commands} (see "khuyencong --help").',
  UNKNOWN_FLAG: '{command}: unknown option {flag} (see "khuyencong {command} --help").',
  MISSING_FLAG_VALUE: '{command}: the option {flag} needs a value.',
  UNEXPECTED_ARGUMENT:
    '{command}: unexpected argument "{value}" (see "khuyencong {command} --help").',
  MISSING_ARGUMENT: '{command}: {argument} is missing (see "khuyencong {command} --help").',
  INVALID_CHOICE: '{command}: {flag} must be one of {allowed} (got "{value}").',
  FILE_NOT_FOUND: 'File not found: {file}.',
  NOT_A_FILE: '{file} is not a file (it may be a folder).',
  FILE_UNREADABLE: 'Cannot read the file {file} ({reason}).',
  OUTPUT_FAILED: 'Cannot write {file} ({reason}).',
  OUTPUT_IS_INPUT:
    'The output {file} is also an input; choose another name so the data is not overwritten.',
  // @khuyencong/calc
  INVALID_AMOUNT: 'Invalid amount ({parameter}): {value}.',
  INVALID_DECIMAL: 'Invalid decimal number ({parameter}): {value}.',
  INVALID_ROUNDING: 'Invalid rounding mode: {value}.',
  INVALID_ARGUMENT: 'Invalid argument {parameter}: {value}.',
  DIVISION_BY_ZERO: 'Cannot divide by zero ({parameter}).',
  INVALID_RATIOS: 'Invalid allocation ratios: {reason}.',
  EMPTY_INPUT: 'The list {parameter} must not be empty.',
  NO_RULE: 'The rule set {ruleSetId} has no support rule for {activity:@activity}.',
  VARIANT_REQUIRED:
    'The activity "{activity:@activity}" has several support levels ({variants}): choose one.',
  MODIFIER_NOT_AVAILABLE:
    'The modifier {variant} does not apply to {activity:@activity} in the rule set {ruleSetId}.',
  NO_RULE_SET:
    'No support rule set applies to the {fund:@fundingSource} in {province} on {date:date}.',
  UNKNOWN_RULE_SET: 'No support rule set {ruleSetId|value}.',
  INVALID_RULE_SET: 'The support rule set {ruleSetId} is invalid: {reason}.',
  INVALID_PERCENT: 'Invalid percentage ({parameter}): {value}.',
  // @khuyencong/validation
  INVALID_INPUT: 'Invalid data: {value}.',
  INVALID_RULE: 'Invalid validation rule: {rule|value}.',
  RULE_FAILED: 'The validation rule {rule|value} failed.',
  // @khuyencong/calc findings
  PARTS_DO_NOT_SUM_TO_TOTAL:
    'The parts ({field:field}) add up to {partsSum:vnd}, not the stated total {total:vnd} (difference {difference:vnd}).',
  PARTS_CONSISTENT_ONLY_IF_TOTAL_ROUNDED:
    'The parts ({field:field}) add up to {partsSum:vnd}; they match the total {total:vnd} only if the total is rounded.',
  COUNTS_DO_NOT_SUM_TO_TOTAL:
    'The counts ({field:field}) add up to {partsSum:number}, not the stated total {total:number}.',
  SHARES_DO_NOT_SUM_TO_100: 'The shares ({field:field}) add up to {sharesSum:percent}, not 100%.',
  SHARES_SUM_OFF_BY_ROUNDING:
    'The shares ({field:field}) add up to {sharesSum:percent}; the difference from 100% is rounding.',
  REPORTED_PERCENT_INCONSISTENT:
    'The reported {reportedPercent:percent} does not match the figures ({field:field}): {achieved:vnd} of a {planned:vnd} plan is {computedPercent:percent}.',
  PLAN_IMPLIED:
    'The plan ({field:field}) is not stated; {achieved:vnd} at {reportedPercent:percent} implies a plan of about {planEstimate:vnd}.',
  // @khuyencong/validation findings
  INVALID_FIELD: 'Invalid field ({issue}).',
  ELIGIBILITY_DATA_MISSING:
    'The {field:field} is missing, so eligibility for industrial promotion support cannot be fully checked.',
  LARGE_ENTERPRISE_NOT_ELIGIBLE:
    'Large enterprises are supported only for cleaner production, sustainable production and consumption, or industrial-cluster infrastructure, not for {activity:@activity}.',
  BENEFICIARY_KIND_NOT_ELIGIBLE:
    'Beneficiaries of the kind "{kind:@beneficiaryKind}" are supported only from {eligibleFrom:date}; the date judged is {asOf:date}.',
  PROVINCE_NOT_IN_FORCE: 'No province {provinceId} existed on {asOf:date}.',
  LOCATION_UNIT_NOT_IN_FORCE: 'The unit kind {unitKind} did not exist on {asOf:date}.',
  LOCATION_NOT_ELIGIBLE:
    'The production site ({unitKind}) is outside the areas eligible for industrial promotion support under the rules in force on the date judged.',
  LOCATION_DATA_MISSING:
    'Not enough data to decide whether the site is eligible for industrial promotion support: {field:field}.',
  LOCATION_RULE_AMBIGUOUS:
    'The date judged, {asOf:date}, falls between {gapFrom:date} and {gapTo:date}: Decree No. 45/2012/NĐ-CP still named districts that no longer existed, so the location cannot be decided.',
  SECTOR_NOT_ELIGIBLE:
    'The sector {sector:@sector} is supported only from {eligibleFrom:date}; the date judged is {asOf:date}.',
  MINING_OUTSIDE_DIFFICULT_AREA:
    'Mining and mineral processing are supported only in areas with difficult or especially difficult socio-economic conditions.',
  CLAY_BRICK_KILN_EXCLUDED:
    'Clay bricks fired in improved manual or Hoffmann kilns are not supported ({brickKiln}).',
  PRIORITY_AREA: 'Priority area: {area:@priorityAreaKind}.',
  PRIORITY_OWNER: 'Priority owner: {owner:@priorityOwnerKind}.',
  PRIORITY_TYPICAL_PRODUCT:
    'Priority: the product {productName} holds a still-valid {level:@typicalProductLevel} typical rural industrial product certificate issued on {issuedOn:date}.',
  SUPPORT_EXCEEDS_LIMIT:
    'Support of {support:vnd} exceeds the limit of {limit:vnd} (rate at most {maxRatePercent:percent}, cap {capLimit:vnd}) under the rule set {ruleSetId}, by {excess:vnd}.',
  SUPPORT_LIMIT_UNKNOWN:
    'No support limit is known for {activity:@activity} (the {fund:@fundingSource}): no encoded rule applies ({reason}).',
  ELIGIBLE_COST_EXCEEDS_TOTAL:
    'The eligible cost {eligibleCost:vnd} is larger than the total cost {totalCost:vnd}.',
  FUNDING_PARTS_MISMATCH:
    'The funding sources add up to {sum:vnd}, not the total cost {totalCost:vnd} (difference {difference:vnd}).',
  COUNTERPART_NEGATIVE:
    'Support of {support:vnd} is larger than the total cost {totalCost:vnd}: the counterpart would be negative ({counterpart:vnd}).',
  COUNTERPART_IMPLIED:
    'No counterpart is stated; total cost minus support gives {counterpart:vnd}.',
  STATE_SOURCES_COMBINED:
    'The project uses both national ({national:vnd}) and local ({local:vnd}) industrial promotion funds: each expense item may have only one state source.',
  DOUBLE_FUNDING_DECLARATION_MISSING:
    'The commitment that no other state source funds the same expense items is missing.',
  ADVANCE_EXCEEDS_LIMIT:
    'The advance of {advance:vnd} exceeds the limit of {maxAdvance:vnd} (70% of the support of {support:vnd}) by {excess:vnd}.',
  SETTLEMENT_DUE: 'National industrial promotion funds of {year} must be settled by {dueOn:date}.',
  CERTIFICATE_NOT_YET_VALID:
    'The certificate issued on {issuedOn:date} is not valid yet on {asOf:date}.',
  CERTIFICATE_EXPIRED: 'The certificate expired after {validUntil:date} (date judged {asOf:date}).',
  CERTIFICATE_REVOKED: 'The certificate was revoked on {revokedOn:date} (date judged {asOf:date}).',
  CERTIFICATE_EXPIRING_SOON:
    'The certificate is valid through {validUntil:date} ({daysRemaining:number} {daysRemaining:plural(day|days)} left).',
  LOWER_LEVEL_CERTIFICATE_MISSING:
    'Entering the {level:@typicalProductLevel} selection needs a still-valid certificate of the level below or the lower authority’s endorsement.',
  LOWER_LEVEL_ENDORSEMENT_USED:
    'Entering the {level:@typicalProductLevel} selection on the lower authority’s endorsement.',
  // @khuyencong/report findings
  FILE_EMPTY: 'The file is empty: there is no header row.',
  ENCODING_NOT_UTF8:
    'The file is not UTF-8 (perhaps Windows-1258/ANSI): invalid byte on line {line}. Save it again from Excel as "CSV UTF-8 (Comma delimited)".',
  CSV_QUOTE_NOT_CLOSED: 'The double quote opened on line {line} is never closed.',
  LINE_TOO_LONG:
    'Line {line} runs past {limit:number} characters without a line break: the file may not be CSV.',
  JSON_SYNTAX: 'Malformed JSON at line {line}, column {column}.',
  JSON_NOT_DATASET:
    'The JSON file is not a dataset (an object with plans, reports, projects, or an array of projects); got {found}.',
  COLUMN_MISSING: 'The column for {field:field} is missing: add a column "{header}".',
  COLUMN_DUPLICATE:
    'The column "{header}" repeats the column "{otherHeader}" (both are {field:field}).',
  TABLE_KIND_MIXED:
    'The file mixes project columns ("{projectHeader}") with plan/report line columns ("{lineHeader}"); split it into two files.',
  COLUMN_UNKNOWN:
    'The column "{header}" is not known and is ignored[[ (did you mean "{suggestion}"?)]].',
  HEADER_TOO_LONG:
    'A column header is {length:number} characters long, over the limit of {limit:number}, so the column is ignored: "{header}".',
  ROW_TOO_SHORT:
    'The row has {cells:number} {cells:plural(cell|cells)} but the header has {columns:number} columns: cells are missing, or a cell holds the delimiter without quotes.',
  ROW_TOO_LONG: 'The row has {cells:number} cells but the header only {columns:number} columns.',
  CELL_REQUIRED: 'The {field:field} cell is required but empty.',
  CELL_NOT_AMOUNT: '"{value}" is not a valid amount ({field:field}).',
  CELL_AMOUNT_AMBIGUOUS:
    'The amount "{value}" has no clear unit ({field:field}): state dong, thousand, million or billion dong, in the cell or in the column header.',
  CELL_AMOUNT_FRACTIONAL: 'The amount "{value}" has a fraction of a dong ({field:field}).',
  CELL_AMOUNT_NEGATIVE: 'The amount "{value}" is negative ({field:field}).',
  CELL_NOT_YEAR: '"{value}" is not a year such as 2024 ({field:field}).',
  CELL_NOT_DATE: '"{value}" is not a day/month/year date ({field:field}).',
  CELL_NOT_COUNT: '"{value}" is not a whole number ({field:field}).',
  CELL_NOT_PERCENT: '"{value}" is not a percentage ({field:field}).',
  CELL_UNKNOWN_CODE:
    '"{value}" is not a valid code or name ({field:field})[[; use one of: {candidates}]].',
  CELL_UNKNOWN_PROVINCE: 'No province or centrally-run city "{value}" on {date:date}.',
  CELL_UNKNOWN_SCOPE: '"{value}" is not the nation, a region or a province on {date:date}.',
  CELL_TOO_LONG:
    'A cell is {length:number} characters long, over the limit of {limit:number}, so the row is not read: "{value}".',
  FUND_MISSING:
    'The industrial-promotion fund (national or local) is not given: fill the fund column, or the national or local fund column.',
  FUND_NOT_STATE: 'The industrial-promotion fund must be national or local, not "{value}".',
  SUPPORT_CONFLICTS_WITH_FUND:
    'The support "{support}" differs from the {fund:@fundingSource} column "{stated}".',
  PERCENT_ON_SOURCE_LINE: 'The attainment percent belongs on the total line (an empty fund cell).',
  DUPLICATE_PROJECT_ID:
    'The project id {id} was already read in {firstSource}[[ on line {firstLine}]]; this row is not counted again.',
  TOTALS_ROW_MATCHES:
    'The "{label}" row matches the sum of the {rows:number} {rows:plural(row|rows)} above it and is not counted as a project.',
  TOTALS_ROW_MISMATCH:
    'The "{label}" row gives {field:field} as {stated:vnd}, but the {rows:number} {rows:plural(row|rows)} above it add up to {computed:vnd} (difference {difference:vnd}).',
  CONFLICTING_FIGURES:
    'Two lines give different values for the same figure ({field:field}); the first is kept.',
  SUPPORT_WITHIN_NATIONAL_REFERENCE:
    'Support of {support:vnd} is within the national reference limit of {limit:vnd} (rule set {ruleSetId}); no provincial levels are encoded.',
  SUPPORT_ABOVE_NATIONAL_REFERENCE:
    "Support of {support:vnd} exceeds the national reference limit of {limit:vnd} (rule set {ruleSetId}); no provincial levels are encoded, and the province's own may differ.",
  APPROVAL_DATE_MISSING:
    'The project has no approval date: its rules are applied as of {date:date}.',
};

/** What `messageOf` says in English when nothing else can be said (kept out of the message table: it has no code). */
export const UNKNOWN_ERROR_EN = 'Unknown error.';
