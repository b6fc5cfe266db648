// Prints the seed dataset's figures through the built @khuyencong/domain package.
import { currentProvinces, SEED_DATASET } from '@khuyencong/domain';

console.log(SEED_DATASET.source.title);
for (const report of SEED_DATASET.reports) {
  console.log(
    `${report.period.kind} ${report.period.year}: ${report.achieved?.asWritten} (reported ${report.reportedAttainment?.asWritten})`,
  );
}
for (const project of SEED_DATASET.projects) {
  const now = currentProvinces(project.location.provinceId, '2026-11-27').map((p) => p.name);
  console.log(`${project.title}: ${project.totalCost} đồng, province now ${now.join(', ')}`);
}
