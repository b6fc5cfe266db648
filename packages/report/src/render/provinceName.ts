import { adminUnitById, type IsoDate, provinceNameOn } from '@khuyencong/domain';

/**
 * @internal The name of a province (or other unit) by id: its name on `asOf` when it is a province in force
 * then, else the name it has in the domain (a proper name, the same in every language); an unknown id as it is.
 */
export function provinceName(id: string, asOf: IsoDate): string {
  const unit = adminUnitById(id);
  if (unit === undefined) return id;
  if (!('formerNames' in unit)) return unit.name;
  return provinceNameOn(unit, asOf)?.name ?? unit.name;
}
