import type { LINE_FIELDS } from './lineFields';
import type { PROJECT_FIELDS } from './projectFields';

/**
 * A field of either table ({@link PROJECT_FIELDS}, {@link LINE_FIELDS}), or `ignored`: a column that is
 * read and left aside (STT, Ghi chú).
 *
 * @category Columns
 */
export type Field = (typeof PROJECT_FIELDS)[number] | (typeof LINE_FIELDS)[number] | 'ignored';
