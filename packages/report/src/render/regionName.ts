import { REPORTING_REGIONS, type ReportingRegion } from '@khuyencong/domain';
import { type Language, termOf } from '@khuyencong/i18n-vi';

/** The name of a reporting region in each language: the short name reports use, or the English name. */
const REGION_NAMES: Readonly<Record<Language, (region: ReportingRegion) => string>> = {
  vi: (region) => region.shortName,
  en: (region) => region.nameEn,
};

/**
 * @internal The name of a reporting region by id in a language; `''` (not known on the judgement date) is
 * `report.region.unknown`, an id that is no region is shown as it is.
 */
export function regionName(id: string, lang: Language): string {
  if (id === '') return termOf('report.region.unknown', { lang });
  const region = REPORTING_REGIONS.find((candidate) => candidate.id === id);
  return region === undefined ? id : REGION_NAMES[lang](region);
}
