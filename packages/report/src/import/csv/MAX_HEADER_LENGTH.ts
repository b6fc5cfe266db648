/**
 * @internal The longest header of a CSV column read, in characters: 1,000 (the longest header any field
 * knows is under 50). A longer one is a `HEADER_TOO_LONG` warning and its column is ignored, so that no
 * header matching work grows with a header that is really a whole line of data.
 */
export const MAX_HEADER_LENGTH = 1_000;
