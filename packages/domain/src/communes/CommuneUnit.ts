import type { SubProvincialUnit } from '../admin/SubProvincialUnit';
import type { IsoDate } from '../dates/IsoDate';
import type { LegalDocumentId } from '../legal/legalDocuments';

/**
 * The kinds a commune-level unit can have: xã, phường, thị trấn (until 2025-06-30), đặc khu (from 2025-07-01).
 *
 * @category Commune-level units
 */
export type CommuneLevelKind = 'commune' | 'ward' | 'township' | 'special-zone';

/**
 * A name and kind a commune-level unit had before its current one, while remaining the same unit (same code):
 * Long Thành (Đồng Nai) was a xã until 2026-04-29 and is a phường from 2026-04-30 (237/NQ-UBTVQH16).
 *
 * @category Commune-level units
 */
export interface FormerCommuneName {
  /** The proper name, e.g. `'Long Thành'`. */
  readonly name: string;
  /** The full name with the kind word, e.g. `'Xã Long Thành'`. */
  readonly fullName: string;
  /** The kind under that name. */
  readonly kind: CommuneLevelKind;
  /** Last day it was in use (inclusive). */
  readonly validTo: IsoDate;
  /** The legal document that changed it, in {@link LEGAL_DOCUMENTS}. */
  readonly legalDocumentId: LegalDocumentId;
}

/**
 * A commune-level unit in time: one of the 3,321 units from 2025-07-01 (id `commune-<code>-2025`) or one of
 * the units that ended on 2025-06-30 (id `commune-<code>`; codes are reused, so the date decides). A former
 * unit with several `successorIds` was split: each successor took a part of it.
 *
 * @category Commune-level units
 */
export interface CommuneUnit extends SubProvincialUnit {
  /** Xã, phường, thị trấn or đặc khu (today, or on the unit's last day). */
  readonly kind: CommuneLevelKind;
  /** The 5-digit GSO/NSO code. */
  readonly code: string;
  /** The district (huyện, quận, thị xã, thành phố) of a unit that ended on 2025-06-30, e.g. `'Huyện Ba Chẽ'`. */
  readonly districtName?: string;
  /** Earlier names and kinds of the same unit, oldest first (usually empty). */
  readonly formerNames: readonly FormerCommuneName[];
}
