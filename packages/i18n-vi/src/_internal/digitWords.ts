/** The words of the digits 0-9 when read alone. */
export const DIGIT_WORDS: readonly string[] = [
  'không',
  'một',
  'hai',
  'ba',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
];
