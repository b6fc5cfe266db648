/**
 * The languages the CLI prints in.
 *
 * @category Output
 */
export type Lang = 'vi' | 'en';

/**
 * A message in both languages the CLI prints in.
 *
 * @category Output
 */
export interface Text {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/** A message in both languages. */
export function text(vi: string, en: string): Text {
  return { vi, en };
}
