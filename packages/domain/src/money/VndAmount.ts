/**
 * An amount of Vietnamese đồng, whole đồng, written as a canonical integer string: no grouping, no
 * decimals, no exponent, no `+`, no leading zeros (`'73500000000'`, `'-1500000'`, `'0'`). It is what every
 * `@khuyencong/*` API returns and what the models store: exact at any size and safe in JSON.
 *
 * @category Money
 */
export type VndAmount = `${bigint}`;
