import { TT_28_2018 } from '@khuyencong/calc';
import { SEED_DATASET } from '@khuyencong/domain';
import { withPollutedPrototype } from '@khuyencong/internal/testing';
import { describe, expect, it } from 'vitest';
import * as validation from '../src/index';
import { HUE_WARD as ward } from './hueWard';

/** Options set on Object.prototype, each a value that would change a result if it were read. */
const POLLUTION: Readonly<Record<string, unknown>> = {
  asOf: '2010-01-01',
  prevalidated: true,
  rules: [],
  ruleSet: TT_28_2018,
  advance: '1',
  endorsed: true,
  expiringWithinDays: 3650,
  unknownKeys: 'strip',
  labels: { totalCost: 'polluted' },
};

type Options = Readonly<Record<string, unknown>>;

const phuYen = { ...SEED_DATASET.projects[1], noDoubleFundingDeclared: true };
const ocop = {
  kind: 'ocop',
  stars: 4,
  productName: 'Cà phê Buôn Ma Thuột',
  holder: 'HTX',
  issuedOn: '2023-03-15',
} as const;
const product = {
  certificates: [
    {
      kind: 'rural-industrial-typical-product',
      level: 'province',
      productName: 'Nón lá',
      holder: 'HTX',
      issuedOn: '2022-06-01',
    },
  ],
} as const;

const CALLS: readonly ((options: Options) => unknown)[] = [
  (o) => validation.checkFunding(phuYen, o),
  (o) => validation.checkFunding({ ...phuYen, totalCost: 'x' }, { asOf: '2024-03-01', ...o }),
  (o) => validation.checkEligibility(ward, o),
  (o) => validation.certificateValidity(ocop, o),
  (o) => validation.checkVotingEntry(product, { level: 'regional', asOf: '2025-01-01', ...o }),
  (o) =>
    validation
      .createModelSchemas(o)
      .reportScope.safeParse({ kind: 'province', id: 'phu-yen', note: 'extra' }).success,
  (o) =>
    validation.projectSchema.safeParse(
      { ...SEED_DATASET.projects[1], totalCost: 899000000.5 },
      { error: validation.viErrorMap(o) },
    ).error?.issues[0]?.message,
];

describe('options polluted onto Object.prototype', () => {
  // Not enumerable, and no key that is also a field of a model (a certificate's `level`): zod reads data
  // through the prototype (a strict object lists every enumerable key a for…in loop sees, inherited ones
  // too, as unrecognised; a missing optional field takes an inherited value), so such pollution changes a
  // parse of data. That is zod's doing, not an option read; what is tested here is the options.
  it('change no result of validation: only own properties are read', async () => {
    // Each call would give another outcome with the values passed: `insensitive` lists those that would not.
    expect(await withPollutedPrototype(POLLUTION, CALLS, false)).toEqual({
      changed: [],
      insensitive: [],
    });
  });
});
