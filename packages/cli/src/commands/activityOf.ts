import { ACTIVITIES, type Activity } from '@khuyencong/domain';
import { LABELS, removeDiacritics } from '@khuyencong/i18n-vi';
import { cliError } from '../errors/cliError';

function fold(text: string): string {
  return removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The activity `support --activity` names: its code (`machinery`), its Vietnamese label with or without
 * diacritics, or a part of the label only one activity has ("máy móc", "mo hinh trinh dien");
 * `INVALID_CHOICE` listing the codes it could be otherwise.
 */
export function activityOf(value: string): Activity {
  const key = fold(value);
  const labelled = ACTIVITIES.map((code) => ({ code, label: fold(LABELS.activity[code]) }));
  const exact = labelled.find((entry) => entry.code === value || entry.label === key);
  const partial =
    key.length < 4 ? [] : labelled.filter((entry) => entry.label.includes(key)).map((e) => e.code);
  const code = exact?.code ?? (partial.length === 1 ? partial[0] : undefined);
  if (code !== undefined) return code;
  const allowed = (partial.length > 1 ? partial : ACTIVITIES).join(', ');
  throw cliError('INVALID_CHOICE', `support: unknown --activity ${JSON.stringify(value)}.`, {
    command: 'support',
    flag: '--activity',
    value,
    allowed,
  });
}
