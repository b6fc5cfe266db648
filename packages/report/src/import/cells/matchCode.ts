import { CODE_LISTS, type CodeListName, type CodeOf } from '@khuyencong/domain';
import { LABELS } from '@khuyencong/i18n-vi';
import { boundedMemo } from '../../_internal/boundedMemo';
import { foldText } from '../../_internal/foldText';

/** @internal The result of {@link matchCode}: the code, or the codes it could be (all of the list when none). */
export type CodeMatch<L extends CodeListName> =
  | { readonly code: CodeOf<L> }
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
 * @internal Finds the code a text names: the code itself, its Vietnamese label (with or without diacritics,
 * any case or punctuation), or a part of the label that only one code's label contains ("máy móc", "địa
 * phương"). Answers are remembered (bounded), as a column repeats a few values over many rows.
 */
export function matchCode<L extends CodeListName>(list: L, value: string): CodeMatch<L> {
  let matcher = MATCHERS.get(list);
  if (matcher === undefined) {
    matcher = createMatcher(list);
    MATCHERS.set(list, matcher);
  }
  return matcher(value) as CodeMatch<L>;
}
