import type { RollUpGroup } from '@khuyencong/calc';
import { compareVietnamese, formatTerm, type Language, termOf } from '@khuyencong/i18n-vi';
import type { Report } from '../model/Report';
import type { FigureWriter } from './FigureWriter';
import { provinceName } from './provinceName';
import type { ReportTable } from './ReportTable';

type Lang = { readonly lang: Language };

function groupColumns(group: RollUpGroup, figures: FigureWriter): string[] {
  return [
    figures.count(group.count),
    figures.money({ amount: group.totalCost }),
    figures.part(group.funding.national),
    figures.part(group.funding.local),
    figures.part(group.funding.counterpart),
  ];
}

function groupHeaders(options: Lang): string[] {
  return [
    termOf('report.column.projectCount', options),
    termOf('report.column.totalCost', options),
    termOf('report.column.national', options),
    termOf('report.column.local', options),
    termOf('report.column.counterpart', options),
  ];
}

const GROUP_NUMERIC: readonly boolean[] = [true, true, true, true, true];

/**
 * @internal The tables of a report in one language, its figures written by `figures`: plan against
 * achievement, funding split, projects by region, by province (in Vietnamese alphabetical order of their
 * names) and by activity, and consulting. Findings are rendered by each format on their own.
 */
export function reportTables(report: Report, figures: FigureWriter, lang: Language): ReportTable[] {
  const options: Lang = { lang };
  const term = (key: Parameters<typeof termOf>[0]): string => termOf(key, options);
  const projects = report.projects;
  const splitRows = [
    ...report.reportedSplits.flatMap((item) =>
      item.split.parts.map((part) => [
        term('report.splitFrom.report'),
        `${figures.scope(item.scope)}, ${figures.period(item.year, item.period)}`,
        figures.fund(part.source),
        figures.money(part),
        figures.percent(part.share),
      ]),
    ),
    ...projects.funding.parts.map((part) => [
      term('report.splitFrom.projectList'),
      formatTerm('report.projectCount', { count: projects.total.count }, options),
      figures.fund(part.source),
      figures.money(part),
      figures.percent(part.share),
    ]),
  ];
  const provinces = projects.byProvince
    .map((group) => ({ group, name: provinceName(group.key, report.asOf) }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
  return [
    {
      id: 'attainment',
      title: term('report.attainment.title'),
      headers: [
        term('report.column.scope'),
        term('report.column.period'),
        term('report.column.source'),
        term('report.column.annualPlan'),
        term('report.column.achieved'),
        term('report.column.attainment'),
        term('report.column.reportedPercent'),
      ],
      numeric: [false, false, false, true, true, true, true],
      rows: report.attainment.map((row) => [
        figures.scope(row.scope),
        figures.period(row.year, row.period),
        figures.fund(row.fund),
        row.planned === undefined && row.impliedPlan !== undefined
          ? figures.impliedPlan(row.impliedPlan)
          : figures.money(row.planned),
        figures.money(row.achieved),
        figures.percent(row.percent),
        figures.percent(row.reportedPercent),
      ]),
      empty: term('report.attainment.empty'),
    },
    {
      id: 'funding',
      title: term('report.funding.title'),
      headers: [
        term('report.column.from'),
        term('report.column.scope'),
        term('report.column.source'),
        term('report.column.amount'),
        term('report.column.share'),
      ],
      numeric: [false, false, false, true, true],
      rows: splitRows,
      empty: term('report.funding.empty'),
    },
    {
      id: 'regions',
      title: term('report.regions.title'),
      headers: [term('report.column.region'), ...groupHeaders(options)],
      numeric: [false, ...GROUP_NUMERIC],
      rows: projects.byRegion.map((group) => [
        figures.region(group.key),
        ...groupColumns(group, figures),
      ]),
      empty: term('report.projects.empty'),
    },
    {
      id: 'provinces',
      title: term('report.provinces.title'),
      headers: [
        term('report.column.province'),
        term('report.column.region'),
        ...groupHeaders(options),
      ],
      numeric: [false, false, ...GROUP_NUMERIC],
      rows: provinces.map(({ group }) => [
        figures.scope({ kind: 'province', id: group.key }),
        group.regionIds.map((id) => figures.region(id)).join(', '),
        ...groupColumns(group, figures),
      ]),
      empty: term('report.projects.empty'),
    },
    {
      id: 'activities',
      title: term('report.activities.title'),
      headers: [
        term('report.column.activity'),
        term('report.column.projectCount'),
        term('report.column.totalCost'),
      ],
      numeric: [false, true, true],
      rows: projects.byActivity.map((group) => [
        figures.activity(group.key),
        figures.count(group.count),
        figures.money({ amount: group.totalCost }),
      ]),
      empty: term('report.projects.empty'),
    },
    {
      id: 'consulting',
      title: term('report.consulting.title'),
      headers: [
        term('report.column.scope'),
        term('report.column.period'),
        term('report.column.plannedRevenue'),
        term('report.column.revenue'),
        term('report.column.attainment'),
        term('report.column.reportedPercent'),
        term('report.column.consultingProjects'),
        term('report.column.projectPercent'),
      ],
      numeric: [false, false, true, true, true, true, true, true],
      rows: report.consulting.map((row) => [
        figures.scope(row.scope),
        figures.period(row.year, row.period),
        figures.money(row.plannedRevenue),
        figures.money(row.revenue),
        figures.percent(row.percent),
        figures.percent(row.reportedPercent),
        `${figures.count(row.projects)}/${figures.count(row.plannedProjects)}`,
        figures.percent(row.projectPercent),
      ]),
      empty: term('report.consulting.empty'),
    },
  ];
}
