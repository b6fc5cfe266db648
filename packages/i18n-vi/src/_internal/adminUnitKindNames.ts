import { ADMIN_UNIT_KIND_INFO, ADMIN_UNIT_KINDS, type AdminUnitKind } from '@khuyencong/domain';

/**
 * The name of every kind of administrative unit in one language, as the domain keeps it next to the kind's
 * validity dates (one source for the labels of both languages).
 */
export function adminUnitKindNames(
  name: 'nameVi' | 'nameEn',
): Readonly<Record<AdminUnitKind, string>> {
  const entries = ADMIN_UNIT_KINDS.map((kind) => [kind, ADMIN_UNIT_KIND_INFO[kind][name]] as const);
  return Object.fromEntries(entries) as Record<AdminUnitKind, string>;
}
