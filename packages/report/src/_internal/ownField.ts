/** @internal The OWN property `key` of a plain object (an inherited one, or one polluted onto a prototype, is not read). */
export function ownField(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
