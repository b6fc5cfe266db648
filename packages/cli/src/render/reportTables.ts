import { labelOf } from '@khuyencong/i18n-vi';
import type { LocatedFinding, ReportData } from '../report/ReportData';
import type { Formatter } from './Formatter';
import type { ReportTable } from './ReportTable';

function where(finding: LocatedFinding): string {
  const origin = finding.origin;
  if (origin === undefined) return '';
  if (origin.line !== undefined) return `${origin.file}:${origin.line}`;
  return origin.path === undefined ? origin.file : `${origin.file} ${origin.path}`;
}

type Cite = (reference: NonNullable<LocatedFinding['finding']['legalReference']>) => string;

function findingRows(findings: readonly LocatedFinding[], f: Formatter, cite: Cite): string[][] {
  return findings.map((item) => [
    f.lang === 'vi' ? labelOf('findingSeverity', item.finding.severity) : item.finding.severity,
    item.finding.code,
    item.projectId ?? '',
    where(item),
    item.message[f.lang],
    item.finding.legalReference === undefined ? '' : cite(item.finding.legalReference),
  ]);
}

const FINDING_NUMERIC: readonly boolean[] = [false, false, false, false, false, false];

function findingHeaders(lang: Formatter['lang']): string[] {
  return lang === 'vi'
    ? ['Mức', 'Mã', 'Đề án', 'Vị trí', 'Nội dung', 'Căn cứ']
    : ['Severity', 'Code', 'Project', 'Where', 'Message', 'Legal basis'];
}

/** A table of findings: one row each, the severity as the HTML row class. */
function findingsTable(
  id: string,
  title: string,
  findings: readonly LocatedFinding[],
  empty: string,
  f: Formatter,
  cite: Cite,
): ReportTable {
  return {
    id,
    title,
    headers: findingHeaders(f.lang),
    numeric: FINDING_NUMERIC,
    rows: findingRows(findings, f, cite),
    rowClasses: findings.map((item) => item.finding.severity),
    empty,
  };
}

function legal(reference: NonNullable<LocatedFinding['finding']['legalReference']>): string {
  return [
    reference.document,
    reference.article && `Điều ${reference.article}`,
    reference.clause && `khoản ${reference.clause}`,
    reference.point && `điểm ${reference.point}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The report's tables in one language: plan against achievement, funding split, projects by region and
 * province, consulting, inconsistencies, project findings.
 */
export function reportTables(report: ReportData, f: Formatter, cite: Cite = legal): ReportTable[] {
  const vi = f.lang === 'vi';
  const splitRows = [
    ...report.reportedSplits.flatMap((item) =>
      item.split.parts.map((part) => [
        vi ? 'báo cáo' : 'report',
        `${f.scope(item.scope)}, ${f.period(item.year, item.period)}`,
        f.fund(part.source),
        f.money(part),
        f.percent(part.share),
      ]),
    ),
    ...report.projects.funding.parts.map((part) => [
      vi ? 'danh sách đề án' : 'project list',
      vi ? `${report.projects.count} đề án` : `${report.projects.count} projects`,
      f.fund(part.source),
      f.money(part),
      f.percent(part.share),
    ]),
  ];
  const groupRow = (
    label: string,
    group: ReportData['projects']['byProvince'][number],
  ): string[] => {
    const part = (source: string) => group.funding.parts.find((item) => item.source === source);
    return [
      label,
      String(group.count),
      f.money({ amount: group.totalCost }),
      f.money(part('national')),
      f.money(part('local')),
      f.money(part('counterpart')),
    ];
  };
  const groupTable = (
    id: string,
    [title, first]: readonly string[],
    rows: string[][],
  ): ReportTable => ({
    id,
    title: title ?? id,
    headers: [
      first ?? '',
      ...(vi
        ? ['Số đề án', 'Tổng kinh phí', 'KC quốc gia', 'KC địa phương', 'Đối ứng']
        : ['Projects', 'Total cost', 'National', 'Local', 'Counterpart']),
    ],
    numeric: [false, true, true, true, true, true],
    rows,
    empty: vi ? 'Không có đề án.' : 'No projects.',
  });
  const omitted = report.findingsOmitted;
  return [
    {
      id: 'attainment',
      title: vi ? 'Kế hoạch và thực hiện' : 'Plan and achievement',
      headers: vi
        ? ['Phạm vi', 'Kỳ', 'Nguồn', 'Kế hoạch năm', 'Thực hiện', 'Tỷ lệ đạt', 'Tỷ lệ báo cáo']
        : ['Scope', 'Period', 'Source', 'Annual plan', 'Achieved', 'Attainment', 'Reported'],
      numeric: [false, false, false, true, true, true, true],
      rows: report.attainment.map((row) => [
        f.scope(row.scope),
        f.period(row.year, row.period),
        f.fund(row.fund),
        row.planned === undefined && row.impliedPlan !== undefined
          ? f.impliedPlan(row.impliedPlan.min)
          : f.money(row.planned),
        f.money(row.achieved),
        f.percent(row.percent),
        f.percent(row.reportedPercent),
      ]),
      empty: vi ? 'Không có dòng kế hoạch/báo cáo.' : 'No plan or report lines.',
    },
    {
      id: 'funding',
      title: vi ? 'Cơ cấu nguồn kinh phí' : 'Funding split',
      headers: vi
        ? ['Theo', 'Phạm vi', 'Nguồn', 'Số tiền', 'Tỷ trọng']
        : ['From', 'Scope', 'Source', 'Amount', 'Share'],
      numeric: [false, false, false, true, true],
      rows: splitRows,
      empty: vi ? 'Không có số liệu theo nguồn.' : 'No figures by source.',
    },
    groupTable(
      'regions',
      vi ? ['Đề án theo vùng', 'Vùng'] : ['Projects by region', 'Region'],
      report.projects.byRegion.map((group) => groupRow(f.scope(group.scope), group)),
    ),
    groupTable(
      'provinces',
      vi ? ['Đề án theo tỉnh, thành phố', 'Tỉnh/Thành phố'] : ['Projects by province', 'Province'],
      report.projects.byProvince.map((group) =>
        groupRow(
          `${f.scope(group.scope)} (${group.scope.regionName ?? (vi ? 'vùng không xác định' : 'region unknown')})`,
          group,
        ),
      ),
    ),
    {
      id: 'activities',
      title: vi ? 'Đề án theo nội dung' : 'Projects by activity',
      headers: vi ? ['Nội dung', 'Số đề án'] : ['Activity', 'Projects'],
      numeric: [false, true],
      rows: report.projects.byActivity.map((item) => [
        f.activity(item.activity),
        String(item.count),
      ]),
      empty: vi ? 'Không có đề án.' : 'No projects.',
    },
    {
      id: 'consulting',
      title: vi ? 'Tư vấn phát triển công nghiệp' : 'Industrial development consulting',
      headers: vi
        ? [
            'Phạm vi',
            'Kỳ',
            'Doanh thu kế hoạch',
            'Doanh thu thực hiện',
            'Tỷ lệ đạt',
            'Tỷ lệ báo cáo',
            'Số dự án',
            'Tỷ lệ dự án',
          ]
        : [
            'Scope',
            'Period',
            'Planned revenue',
            'Revenue',
            'Attainment',
            'Reported',
            'Projects',
            'Projects %',
          ],
      numeric: [false, false, true, true, true, true, true, true],
      rows: report.consulting.map((row) => [
        f.scope(row.scope),
        f.period(row.year, row.period),
        f.money(row.plannedRevenue),
        f.money(row.revenue),
        f.percent(row.percent),
        f.percent(row.reportedPercent),
        `${row.projects ?? '—'}/${row.plannedProjects ?? '—'}`,
        f.percent(row.projectPercent),
      ]),
      empty: vi ? 'Không có số liệu tư vấn.' : 'No consulting figures.',
    },
    findingsTable(
      'inconsistencies',
      vi ? 'Bất nhất trong số liệu báo cáo' : 'Inconsistencies in the reported figures',
      report.inconsistencies,
      vi ? 'Không phát hiện bất nhất.' : 'No inconsistencies found.',
      f,
      cite,
    ),
    {
      ...findingsTable(
        'findings',
        vi ? 'Mức hỗ trợ và điều kiện theo đề án' : 'Support caps and eligibility per project',
        report.projectFindings,
        vi ? 'Không có phát hiện.' : 'No findings.',
        f,
        cite,
      ),
      ...(omitted > 0
        ? {
            note: vi
              ? `… và ${omitted} phát hiện khác (chỉ in ${report.projectFindings.length} đầu tiên).`
              : `… and ${omitted} more findings (only the first ${report.projectFindings.length} are printed).`,
          }
        : {}),
    },
  ];
}
