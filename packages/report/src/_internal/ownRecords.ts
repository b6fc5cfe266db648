import type { ImportRecord } from '../model/ImportRecord';

/** The records this package's readers made (and nobody else can add to): the builder need not check them again. */
const OWN = new WeakSet<object>();

/** @internal Marks the records of a batch as made by this package's readers, and gives the batch back. */
export function ownRecords<T extends readonly ImportRecord[]>(batch: T): T {
  for (let index = 0; index < batch.length; index++) OWN.add(batch[index] as ImportRecord);
  return batch;
}

/** @internal Whether a record was made by this package's readers ({@link ownRecords}). */
export function isOwnRecord(record: unknown): boolean {
  return typeof record === 'object' && record !== null && OWN.has(record);
}
