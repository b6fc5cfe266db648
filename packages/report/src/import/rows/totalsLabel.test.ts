import { describe, expect, it } from 'vitest';
import { totalsLabel } from './totalsLabel';

describe('totalsLabel', () => {
  it('recognises the totals rows of Vietnamese and English sheets by their first non-empty cell', () => {
    for (const label of [
      'Tổng cộng',
      'TỔNG CỘNG:',
      'tong cong',
      'Cộng',
      'Tổng',
      'Tổng số',
      'Total',
      'Grand total',
      'Tổng cộng (I+II)',
      '(Tổng cộng)',
      'Cộng toàn tỉnh',
    ]) {
      expect(totalsLabel(['', ` ${label} `, '', '1.000'])).toBe(label);
    }
  });

  it('leaves project rows alone, whatever their later cells say', () => {
    for (const cells of [
      ['1', 'Tổng cộng'],
      ['DA-01', 'Cộng'],
      ['Tổng hợp máy sấy'],
      ['Công ty Tổng'],
      ['', ''],
      ['Cộng đồng'],
    ]) {
      expect(totalsLabel(cells)).toBeUndefined();
    }
  });
});
