import { CODE_LISTS, type CodeListName, type CodeOf } from '@khuyencong/domain';
import { LABELS } from '@khuyencong/i18n-vi';
import { boundedMemo } from '../../_internal/boundedMemo';
import { foldText } from '../../_internal/foldText';
import { invalidArgument } from '../../_internal/invalidArgument';

/**
 * The result of {@link matchCode}: the code, or the codes it could be (all of the list when none).
 *
 * @category Import
 */
export type CodeMatch<L extends CodeListName> =
  | { readonly code: CodeOf<L>; readonly candidates?: undefined }
  | { readonly code?: undefined; readonly candidates: readonly CodeOf<L>[] };

type Matcher = (value: string) => CodeMatch<CodeListName>;

const MATCHERS = new Map<CodeListName, Matcher>();

function createMatcher(list: CodeListName): Matcher {
  const codes = CODE_LISTS[list] as readonly CodeOf<CodeListName>[];
  const labels = LABELS[list] as Readonly<Record<string, string>>;
  const folded = codes.map((code) => ({
    code,
    label: foldText(labels[code] ?? ''),
    key: foldText(code),
  }));
  const all = { candidates: codes };
  return boundedMemo((value: string): CodeMatch<CodeListName> => {
    if ((codes as readonly string[]).includes(value))
      return { code: value as CodeOf<CodeListName> };
    const key = foldText(value);
    const exact = folded.find((entry) => entry.label === key || entry.key === key);
    if (exact !== undefined) return { code: exact.code };
    const partial =
      key.length >= 4 ? folded.filter((entry) => entry.label.includes(key)).map((e) => e.code) : [];
    if (partial.length === 1) return { code: partial[0] as CodeOf<CodeListName> };
    return partial.length > 1 ? { candidates: partial } : all;
  }, 1_000);
}

/**
 * Finds the code a text names, as a sheet or a command line writes it: the code itself, its Vietnamese label
 * (with or without diacritics, any case or punctuation), or a part of the label that only one code's label
 * contains ("máy móc", "địa phương"). The import reads code cells with it and the CLI its `--activity`
 * flag. Answers are remembered (bounded), as a column repeats a few values over many rows.
 *
 * @param list - the code list of domain's `CODE_LISTS` (`'activity'`, `'fundingSource'`, `'periodKind'`, …).
 * @param value - the text.
 * @returns `{ code }`, or `{ candidates }`: the codes a part of a label could be, or the whole list.
 * @throws {@link @khuyencong/domain!KhuyenCongError | KhuyenCongError} `INVALID_ARGUMENT` when `list` is not a
 *   code list or `value` not a string.
 * @category Import
 * @example
 * ```ts
 * import { matchCode } from '@khuyencong/report';
 * [matchCode('activity', 'máy móc').code, matchCode('fundingSource', 'dia phuong').code]
 * //=> ['machinery', 'local']
 * matchCode('activity', 'xyz').candidates?.length
 * //=> 23
 * ```
 */
export function matchCode<L extends CodeListName>(list: L, value: string): CodeMatch<L> {
  let matcher = MATCHERS.get(list);
  if (matcher === undefined) {
    if (typeof list !== 'string' || !Object.hasOwn(CODE_LISTS, list)) {
      invalidArgument('INVALID_ARGUMENT', 'matchCode', 'list', list, 'the name of a code list');
    }
    matcher = createMatcher(list);
    MATCHERS.set(list, matcher);
  }
  if (typeof value !== 'string') {
    invalidArgument('INVALID_ARGUMENT', 'matchCode', 'value', value, 'a string');
  }
  return matcher(value) as CodeMatch<L>;
}
