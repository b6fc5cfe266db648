import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratch } from './inProcess';

/** What a rule-set file of {@link machineryRules} may name otherwise (its resolution's number and title, its id and name). */
export interface MachineryRulesNames {
  readonly number?: string;
  readonly title?: string;
  readonly id?: string;
  readonly name?: string;
}

/**
 * A rule-set file of a province's own, with its own resolution: machinery in Đắk Lắk, 40% up to 500 triệu,
 * in force from 26/07/2025. Returns its path (in a new scratch folder).
 */
export function machineryRules(names: MachineryRulesNames = {}): string {
  const file = join(scratch('rules'), 'dak-lak-may-moc.json');
  const confidence = { basis: 'read', level: 'high' };
  writeFileSync(
    file,
    JSON.stringify({
      legalDocuments: [
        {
          id: 'nq-hdnd-dak-lak-2025-may-moc',
          number: names.number ?? '99/2025/NQ-HĐND',
          kind: 'resolution',
          issuer: 'Hội đồng nhân dân tỉnh Đắk Lắk',
          title: names.title ?? 'Nghị quyết về mức hỗ trợ máy móc (ví dụ của bộ kiểm thử)',
          effectiveFrom: '2025-07-26',
          confidence,
        },
      ],
      ruleSets: [
        {
          id: names.id ?? 'dak-lak-2025-may-moc',
          name: names.name ?? 'Mức hỗ trợ của tỉnh (ví dụ)',
          fund: 'local',
          province: 'dak-lak-2025',
          legalDocuments: ['nq-hdnd-dak-lak-2025-may-moc'],
          effectiveFrom: '2025-07-26',
          confidence,
          rules: [
            {
              activity: 'machinery',
              maxRatePercent: '40',
              cap: '500000000',
              legalReference: { document: 'nq-hdnd-dak-lak-2025-may-moc', article: '3' },
              confidence,
            },
          ],
        },
      ],
    }),
  );
  return file;
}
