import { readOptions } from '@khuyencong/internal';
import { fail } from '../_internal/fail';
import { invalidArgument } from '../_internal/invalidArgument';
import { maxLineLengthOf } from '../_internal/maxLineLengthOf';
import { ownRecords } from '../_internal/ownRecords';
import type { ImportRecord } from '../model/ImportRecord';
import { CsvReader } from './csv/CsvReader';
import { csvBatches } from './csv/csvBatches';
import { csvProblems, PROBLEM_LOOKAHEAD } from './csv/csvProblems';
import { decodeContent } from './decode/decodeContent';
import { BAD_BYTE, type TextPiece } from './decode/TextPiece';
import { jsonRecords } from './json/jsonRecords';
import type { ReadInputOptions } from './ReadInputOptions';

const FORMATS: readonly string[] = ['csv', 'json', 'auto'];

function byExtension(source: string): 'csv' | 'json' | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(source)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  return extension === 'csv' || extension === 'tsv' || extension === 'txt' ? 'csv' : undefined;
}

/** The decoded pieces, and whether they hold JSON by their first character other than white space. */
async function sniff(
  batches: AsyncGenerator<TextPiece[]>,
): Promise<{ json: boolean; batches: AsyncIterable<readonly TextPiece[]> }> {
  const seen: TextPiece[][] = [];
  let json = false;
  for (;;) {
    const next = await batches.next();
    if (next.done === true) break;
    seen.push(next.value);
    const found = next.value.find((piece) => piece !== BAD_BYTE && piece.trim() !== '');
    if (found !== undefined && found !== BAD_BYTE) {
      const first = found.trimStart().charAt(0);
      json = first === '{' || first === '[';
      break;
    }
  }
  async function* replay(): AsyncGenerator<readonly TextPiece[]> {
    yield* seen;
    yield* batches;
  }
  return { json, batches: replay() };
}

/**
 * @internal The records of an input in batches (one batch per piece of text read, so that no record waits
 * for more of the input than its own): what {@link readInput} and {@link readInputBatches} hand on.
 */
export async function* inputBatches(
  options: ReadInputOptions,
  fn: string,
): AsyncGenerator<readonly ImportRecord[]> {
  if (typeof options !== 'object' || options === null) {
    invalidArgument('INVALID_ARGUMENT', fn, 'options', options, 'an object');
  }
  const bag = readOptions(options, 'options', fail, fn);
  const { source, content, format = 'auto', implementingUnit } = bag;
  if (typeof source !== 'string')
    invalidArgument('INVALID_ARGUMENT', fn, 'source', source, 'a string');
  if (typeof format !== 'string' || !FORMATS.includes(format)) {
    invalidArgument('INVALID_OPTION', fn, 'format', format, "'csv', 'json' or 'auto'");
  }
  if (
    implementingUnit !== undefined &&
    (typeof implementingUnit !== 'string' || implementingUnit.trim() === '')
  ) {
    invalidArgument(
      'INVALID_OPTION',
      fn,
      'implementingUnit',
      implementingUnit,
      'a non-empty string',
    );
  }
  const maxLength = maxLineLengthOf(bag, fn);
  const decoded = decodeContent(content as ReadInputOptions['content'], fn);
  let kind = format === 'auto' ? byExtension(source) : format;
  let batches: AsyncIterable<readonly TextPiece[]> = decoded;
  if (kind === undefined) {
    const sniffed = await sniff(decoded);
    kind = sniffed.json ? 'json' : 'csv';
    batches = sniffed.batches;
  }
  if (kind === 'json') {
    let batch: ImportRecord[] = [];
    for await (const record of jsonRecords(batches, source)) {
      batch.push(record);
      if (batch.length >= 1_000) {
        yield ownRecords(batch);
        batch = [];
      }
    }
    if (batch.length > 0) yield ownRecords(batch);
    return;
  }
  // The first MiB of text is parsed once for the problems of the whole input, then read with the rest.
  const iterator = batches[Symbol.asyncIterator]();
  const head: (readonly TextPiece[])[] = [];
  let chars = 0;
  let ended = false;
  while (chars < PROBLEM_LOOKAHEAD) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    head.push(next.value);
    for (const piece of next.value) if (piece !== BAD_BYTE) chars += piece.length;
  }
  const known = await csvProblems(head, maxLength, ended);
  async function* all(): AsyncGenerator<readonly TextPiece[]> {
    yield* head.splice(0);
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  const reader = new CsvReader(
    source,
    implementingUnit === undefined ? {} : { implementingUnit: implementingUnit.trim() },
    known,
  );
  for await (const batch of csvBatches(all(), maxLength)) {
    for (const item of batch.items) reader.read(item);
    if (reader.out.length > 0) yield ownRecords(reader.out.splice(0));
  }
  reader.end();
  if (reader.out.length > 0) yield ownRecords(reader.out.splice(0));
}
