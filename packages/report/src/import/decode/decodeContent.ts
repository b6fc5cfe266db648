import { invalidArgument } from '../../_internal/invalidArgument';
import type { InputContent } from '../InputContent';
import { firstInvalidUtf8 } from './firstInvalidUtf8';
import { incompleteUtf8Tail } from './incompleteUtf8Tail';
import { BAD_BYTE, type TextPiece } from './TextPiece';

/** The longest piece of text handed on, so that no stage ever holds more than this of the input at once. */
const PIECE = 1 << 16;
/** The longest run of bytes decoded at once. */
const BYTES = 1 << 16;

type State = 'start' | 'utf8' | 'replacing' | 'utf16';
type Decoder = InstanceType<typeof TextDecoder>;

/** Turns chunks of text and bytes into pieces of text; see {@link decodeContent}. */
class ContentDecoder {
  #state: State = 'start';
  #head: Uint8Array = new Uint8Array(0);
  #decoder: Decoder | undefined;
  /** The bytes of an unfinished UTF-8 sequence at the end of the last chunk (what the decoder holds back). */
  #pending: Uint8Array = new Uint8Array(0);
  #emitted = false;
  readonly #out: TextPiece[];

  constructor(out: TextPiece[]) {
    this.#out = out;
  }

  text(value: string): void {
    this.#emit(!this.#emitted && value.charCodeAt(0) === 0xfeff ? value.slice(1) : value);
  }

  bytes(value: Uint8Array): void {
    this.#bytes(value);
  }

  end(): void {
    if (this.#state === 'start') {
      if (this.#head.length === 0) return;
      this.#begin();
    }
    const decoder = this.#decoder as Decoder;
    if (this.#state !== 'utf8') {
      this.#emit(decoder.decode());
      return;
    }
    try {
      this.#emit(decoder.decode());
    } catch {
      this.#out.push(BAD_BYTE);
      this.#emit(new TextDecoder('utf-8', { ignoreBOM: true }).decode(this.#pending));
    }
  }

  #bytes(value: Uint8Array): void {
    if (this.#state === 'start') {
      const head = new Uint8Array(this.#head.length + value.length);
      head.set(this.#head);
      head.set(value, this.#head.length);
      this.#head = head;
      if (head.length < 3) return;
      this.#begin();
      return;
    }
    const decoder = this.#decoder as Decoder;
    if (this.#state !== 'utf8') {
      this.#emit(decoder.decode(value, { stream: true }));
      return;
    }
    let text: string;
    try {
      text = decoder.decode(value, { stream: true });
    } catch {
      this.#badByte(value);
      return;
    }
    this.#keepTail(value);
    this.#emit(text);
  }

  /** Decides the encoding from the first bytes (a byte-order mark), then decodes them. */
  #begin(): void {
    const head = this.#head;
    this.#head = new Uint8Array(0);
    let skip = 0;
    if (head[0] === 0xff && head[1] === 0xfe) {
      this.#state = 'utf16';
      this.#decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
      skip = 2;
    } else if (head[0] === 0xfe && head[1] === 0xff) {
      this.#state = 'utf16';
      this.#decoder = new TextDecoder('utf-16be', { ignoreBOM: true });
      skip = 2;
    } else {
      this.#state = 'utf8';
      this.#decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) skip = 3;
    }
    if (head.length > skip) this.#bytes(head.subarray(skip));
  }

  /** Remembers the unfinished sequence at the end of what the decoder has been given. */
  #keepTail(value: Uint8Array): void {
    if (value.length >= 3) {
      const tail = incompleteUtf8Tail(value);
      this.#pending = tail === 0 ? new Uint8Array(0) : value.slice(value.length - tail);
      return;
    }
    const joined = new Uint8Array(this.#pending.length + value.length);
    joined.set(this.#pending);
    joined.set(value, this.#pending.length);
    this.#pending = joined.slice(joined.length - incompleteUtf8Tail(joined));
  }

  /** The first bad byte is in `value` (or in the sequence it continues): text before it, the mark, the rest. */
  #badByte(value: Uint8Array): void {
    const bytes = new Uint8Array(this.#pending.length + value.length);
    bytes.set(this.#pending);
    bytes.set(value, this.#pending.length);
    const offset = Math.min(firstInvalidUtf8(bytes), bytes.length);
    this.#emit(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset)));
    this.#out.push(BAD_BYTE);
    this.#state = 'replacing';
    this.#decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    this.#emit(this.#decoder.decode(bytes.subarray(offset), { stream: true }));
  }

  #emit(text: string): void {
    if (text === '') return;
    this.#emitted = true;
    if (text.length <= PIECE) {
      this.#out.push(text);
      return;
    }
    for (let start = 0; start < text.length; start += PIECE) {
      this.#out.push(text.slice(start, start + PIECE));
    }
  }
}

function isAsyncIterable(value: object): value is AsyncIterable<unknown> {
  return (
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

function isIterable(value: object): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** A large chunk in pieces, so that each is decoded and handed on before the next. */
function* split(value: string | Uint8Array): Generator<string | Uint8Array> {
  const size = typeof value === 'string' ? PIECE : BYTES;
  if (value.length <= size) {
    yield value;
    return;
  }
  for (let start = 0; start < value.length; start += size) {
    yield typeof value === 'string'
      ? value.slice(start, start + size)
      : value.subarray(start, start + size);
  }
}

/**
 * @internal Decodes an input into batches of pieces of text of at most 65,536 characters, in order: UTF-8 (a
 * byte-order mark dropped), UTF-16 LE or BE with a byte-order mark; text chunks as they are (a leading U+FEFF
 * dropped). Bytes that are not UTF-8 give one {@link BAD_BYTE} mark where the first bad sequence starts, and
 * the rest is decoded with U+FFFD for each bad sequence. A whole text or byte array is handed on in pieces too,
 * so that what is decoded at once stays bounded whatever the size of the input.
 *
 * @param fn - the public function's name, for the error.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` for content that is
 *   not text, bytes or an iterable of them (a chunk of another type is the same error, when it is reached).
 */
export async function* decodeContent(
  content: InputContent,
  fn: string,
): AsyncGenerator<TextPiece[]> {
  const out: TextPiece[] = [];
  const decoder = new ContentDecoder(out);
  function* chunk(value: unknown): Generator<TextPiece[]> {
    if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
      invalidArgument('INVALID_ARGUMENT', fn, 'content', value, 'a string or a Uint8Array chunk');
    }
    for (const part of split(value)) {
      if (typeof part === 'string') decoder.text(part);
      else decoder.bytes(part);
      if (out.length > 0) yield out.splice(0);
    }
  }
  if (typeof content === 'string' || content instanceof Uint8Array) {
    yield* chunk(content);
  } else if (typeof content === 'object' && content !== null && isAsyncIterable(content)) {
    for await (const value of content) yield* chunk(value);
  } else if (typeof content === 'object' && content !== null && isIterable(content)) {
    for (const value of content) yield* chunk(value);
  } else {
    invalidArgument(
      'INVALID_ARGUMENT',
      fn,
      'content',
      content,
      'a string, a Uint8Array or an iterable of them',
    );
  }
  decoder.end();
  if (out.length > 0) yield out.splice(0);
}
