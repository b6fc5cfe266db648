import type { Activity } from '@khuyencong/domain';
import { matchCode } from '@khuyencong/report';
import { cliError } from '../errors/cliError';

/**
 * The activity `support --activity` names, read by the report's {@link matchCode} (as a sheet's activity
 * cell is): its code (`machinery`), its Vietnamese label with or without diacritics, or a part of the label
 * only one activity has ("máy móc", "mo hinh trinh dien"); `INVALID_CHOICE` listing the codes it could be.
 */
export function activityOf(value: string): Activity {
  const match = matchCode('activity', value);
  if (match.code !== undefined) return match.code;
  throw cliError('INVALID_CHOICE', `support: unknown --activity ${JSON.stringify(value)}.`, {
    command: 'support',
    flag: '--activity',
    value,
    allowed: match.candidates.join(', '),
  });
}
