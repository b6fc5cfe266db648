/**
 * @internal The longest cell of a CSV data row read, in characters: 32,768 (32 KiB; Excel holds at most 32,767
 * in a cell). A longer one is a `CELL_TOO_LONG` error that rejects its row, unread, so that no cell reader
 * works on more text than that; the other rows are read as usual.
 */
export const MAX_CELL_LENGTH = 32_768;
