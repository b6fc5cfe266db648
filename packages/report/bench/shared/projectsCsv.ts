// The projects CSV of the report benchmarks, as a province exports it: BOM, ";", Vietnamese headers, a quoted
// title holding a ";", amounts in đồng, 8 provinces, 4 activities, national and local funds. Made lazily, chunk
// by chunk, straight into bytes (the benchmark does not hold the file: what a run holds is its own), and cheap
// to make (row i is "DA-i", the title with i, then one of 23,928 pre-encoded row tails), so that making it is a
// small part of every run; `bytesOnly` times it alone.

/** The bytes of one chunk handed to a reader (the last one may be shorter). */
export const CHUNK: number = 256 * 1024;

const PROVINCES = [
  'Đà Nẵng',
  'Phú Yên',
  'Đắk Lắk',
  'Quảng Nam',
  'Bình Định',
  'Khánh Hòa',
  'Nghệ An',
  'Cần Thơ',
];
const ACTIVITIES = ['máy móc', 'machinery', 'mô hình trình diễn', 'đào tạo'];

/** The header line, BOM first. */
export const HEADER =
  '\uFEFFMã đề án;Tên đề án;Nội dung;Tỉnh/Thành phố;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ;Kinh phí đối ứng\r\n';

/** The amount columns (0-based) of the header: total cost, support, counterpart. */
export const AMOUNT_COLUMNS: readonly number[] = [6, 7, 8];

/** What follows the title in row `i`: it depends on `i` modulo this. */
const TAIL_PERIOD = 24 * 997;

function tailText(i: number): string {
  const total = 100_000_000 + (i % 997) * 1_000_000;
  const support = Math.floor(total / 4);
  return `${ACTIVITIES[i % ACTIVITIES.length]};${PROVINCES[i % PROVINCES.length]};2024;${i % 3 === 0 ? 'quốc gia' : 'địa phương'};${total};${support};${total - support}\r\n`;
}

/** Row `i` (1-based) as text: the definition the byte writer below must match. */
export function rowText(i: number): string {
  return `DA-${i};"Đề án số ${i}; hỗ trợ";${tailText(i)}`;
}

/** The whole CSV of `rows` rows as text (for checking the byte writer; too slow for a million rows). */
export function csvText(rows: number): string {
  return HEADER + csvRows(1, rows);
}

/**
 * The rows `base + 1`..`base + TAIL_PERIOD` as bytes, all with ids of `width` digits. What follows the title
 * of row i is that of row i ± TAIL_PERIOD, so a row of the same width anywhere in the file is the row of the
 * block at `(i - 1) % TAIL_PERIOD` with its two copies of the id rewritten.
 */
interface Block {
  readonly width: number;
  readonly bytes: Uint8Array;
  /** Where each row starts in `bytes`, and one past the end. */
  readonly starts: Int32Array;
  /** Where the two copies of each row's id start. */
  readonly ids: Int32Array;
}

const encoder = new TextEncoder();

function utf8Length(text: string): number {
  let length = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    length += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
  }
  return length;
}

const ID_AT = utf8Length('DA-');
const SECOND_ID_AT = utf8Length(';"Đề án số ');

/** The block of ids of `width` digits, or `undefined` when no whole period has ids of that width. */
function makeBlock(width: number): Block | undefined {
  const base = Math.ceil((10 ** (width - 1) - 1) / TAIL_PERIOD) * TAIL_PERIOD;
  if (base + TAIL_PERIOD > 10 ** width - 1) return undefined;
  const starts = new Int32Array(TAIL_PERIOD + 1);
  const ids = new Int32Array(2 * TAIL_PERIOD);
  const texts: string[] = [];
  let at = 0;
  for (let t = 0; t < TAIL_PERIOD; t++) {
    const text = rowText(base + 1 + t);
    texts.push(text);
    starts[t] = at;
    ids[2 * t] = at + ID_AT;
    ids[2 * t + 1] = at + ID_AT + width + SECOND_ID_AT;
    at += utf8Length(text);
  }
  starts[TAIL_PERIOD] = at;
  const bytes = new Uint8Array(at);
  for (let t = 0; t < TAIL_PERIOD; t++) {
    const written = encoder.encodeInto(texts[t] as string, bytes.subarray(starts[t])).written;
    if (written !== (starts[t + 1] as number) - (starts[t] as number)) {
      throw new Error('projectsCsvChunks: row lengths miscounted');
    }
  }
  return { width, bytes, starts, ids };
}

/**
 * The CSV of `rows` rows as UTF-8 bytes, in chunks of {@link CHUNK} bytes (a chunk may end inside a row or
 * inside a character's bytes, as a file read does), each a fresh array the reader may keep. The same bytes
 * as {@link csvText}, made cheaply: rows are copied from a block of their id width with the ids rewritten.
 */
export function* projectsCsvChunks(rows: number): Generator<Uint8Array> {
  let out = new Uint8Array(CHUNK);
  let filled = 0;
  const blocks = new Map<number, Block | undefined>();
  const digits = new Uint8Array(16);
  let i = 0;
  while (i <= rows) {
    let bytes: Uint8Array;
    let from = 0;
    let to: number;
    if (i === 0) {
      bytes = encoder.encode(HEADER);
      to = bytes.length;
      i = 1;
    } else {
      const width = String(i).length;
      // The rows from i to the end of its period, or of its id width, or of the file.
      const last = Math.min(rows, Math.ceil(i / TAIL_PERIOD) * TAIL_PERIOD, 10 ** width - 1);
      if (!blocks.has(width) && last - i < 2_000) blocks.set(width, undefined);
      if (!blocks.has(width)) blocks.set(width, makeBlock(width));
      const block = blocks.get(width);
      if (block === undefined) {
        bytes = encoder.encode(csvRows(i, last));
        to = bytes.length;
      } else {
        bytes = block.bytes;
        const { ids, starts } = block;
        const t0 = (i - 1) % TAIL_PERIOD;
        const t1 = (last - 1) % TAIL_PERIOD;
        encoder.encodeInto(String(i), digits);
        for (let t = t0; t <= t1; t++) {
          const first = ids[2 * t] as number;
          const second = ids[2 * t + 1] as number;
          for (let k = 0; k < width; k++) {
            bytes[first + k] = digits[k] as number;
            bytes[second + k] = digits[k] as number;
          }
          let k = width - 1;
          while (digits[k] === 57) digits[k--] = 48;
          digits[k] = (digits[k] as number) + 1;
        }
        from = starts[t0] as number;
        to = starts[t1 + 1] as number;
      }
      i = last + 1;
    }
    while (from < to) {
      const count = Math.min(CHUNK - filled, to - from);
      out.set(bytes.subarray(from, from + count), filled);
      filled += count;
      from += count;
      if (filled === CHUNK) {
        yield out;
        out = new Uint8Array(CHUNK);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield out.subarray(0, filled);
}

/** The rows `first`..`last` as text. */
function csvRows(first: number, last: number): string {
  let text = '';
  for (let i = first; i <= last; i++) text += rowText(i);
  return text;
}

/** The same chunks as an async stream (as a file or a fetch body gives them). */
export async function* projectsCsvStream(rows: number): AsyncGenerator<Uint8Array> {
  yield* projectsCsvChunks(rows);
}
