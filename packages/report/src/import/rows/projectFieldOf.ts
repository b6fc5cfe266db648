import type { StateFundingSource } from '@khuyencong/domain';
import type { Field } from '../columns/Field';

const TOP: Readonly<Record<string, Field>> = {
  id: 'id',
  title: 'title',
  activity: 'activity',
  fund: 'fund',
  sector: 'sector',
  implementingUnit: 'implementingUnit',
  year: 'year',
  status: 'status',
  totalCost: 'totalCost',
  eligibleCost: 'eligibleCost',
  noDoubleFundingDeclared: 'noDoubleFundingDeclared',
};
const LOCATION: Readonly<Record<string, Field>> = {
  provinceId: 'province',
  district: 'district',
  commune: 'commune',
  communeKind: 'communeKind',
  craftVillage: 'craftVillage',
  asOf: 'approvalDate',
};
const SOURCES: ReadonlySet<string> = new Set(['national', 'local', 'counterpart', 'other']);

/**
 * @internal The field (column) of a projects row that gave the part of a project at `path`: `funding.local`
 * is the local column, or the support column when the support went to the local fund.
 */
export function projectFieldOf(
  path: readonly (string | number)[],
  supportFund: StateFundingSource | undefined,
): Field | undefined {
  const [head, second, third] = path;
  if (typeof head !== 'string') return undefined;
  if (head === 'location') return typeof second === 'string' ? LOCATION[second] : 'province';
  if (head === 'approval') return second === 'decisionNumber' ? 'decisionNumber' : 'approvalDate';
  if (head === 'beneficiaries') return third === 'kind' ? 'beneficiaryKind' : 'beneficiary';
  if (head === 'funding' || head === 'reported') {
    if (typeof second !== 'string') return undefined;
    if (second === 'totalCost') return 'totalCost';
    if (!SOURCES.has(second)) return undefined;
    return second === supportFund ? 'support' : (second as Field);
  }
  return TOP[head];
}
