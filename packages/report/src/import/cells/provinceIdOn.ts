import { type IsoDate, provinceOn } from '@khuyencong/domain';
import { DatedMemo } from './DatedMemo';

const PROVINCES = new DatedMemo((name, date) => provinceOn(name, date)?.id ?? null);

/** @internal The id of the province of that name on that date, or `null`. */
export function provinceIdOn(name: string, date: IsoDate): string | null {
  return PROVINCES.get(name, date);
}
