import type { OptionSpec } from '../args/parseCommandArgs';

/** `--help`, every command has it. */
export const HELP_OPTION: OptionSpec = {
  name: 'help',
  short: 'h',
  type: 'boolean',
  help: { vi: 'in hướng dẫn này', en: 'print this help' },
};

/** `--lang vi|en`. */
export const LANG_OPTION: OptionSpec = {
  name: 'lang',
  type: 'string',
  value: 'vi|en',
  help: { vi: 'ngôn ngữ in ra (mặc định vi)', en: 'language of the output (default vi)' },
};

/** `--out FILE`. */
export const OUT_OPTION: OptionSpec = {
  name: 'out',
  short: 'o',
  type: 'string',
  value: 'FILE',
  help: {
    vi: 'ghi ra tệp thay vì màn hình (ghi trọn vẹn hoặc không ghi gì)',
    en: 'write to a file instead of stdout (all or nothing)',
  },
};

/** `--as-of YYYY-MM-DD`. */
export const AS_OF_OPTION: OptionSpec = {
  name: 'as-of',
  type: 'string',
  value: 'YYYY-MM-DD',
  help: {
    vi: 'ngày lập báo cáo và ngày áp dụng quy định khi dòng không có ngày (mặc định hôm nay)',
    en: 'report date, and the date rules apply on when a row has none (default today)',
  },
};

/** `--format text|json`, for the commands that print one result. */
export const TEXT_OR_JSON_OPTION: OptionSpec = {
  name: 'format',
  type: 'string',
  value: 'text|json',
  help: { vi: 'dạng in ra (mặc định text)', en: 'output format (default text)' },
};
