import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from './foldDiacritics';

describe('foldDiacritics', () => {
  it('removes every Vietnamese mark and turns đ/Đ into d/D, keeping case and punctuation', () => {
    expect(foldDiacritics('Đắk Lắk, Nguyễn Thiên Ban – ăâêôơư ĂÂÊÔƠƯ đĐ Hoà/Hòa')).toBe(
      'Dak Lak, Nguyen Thien Ban – aaeoou AAEOOU dD Hoa/Hoa',
    );
  });

  it('folds the composed and the decomposed spelling alike', () => {
    expect(foldDiacritics('Tiếng Việt'.normalize('NFD'))).toBe(foldDiacritics('Tiếng Việt'));
  });

  it('leaves ASCII as it is, gives NFC text, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const folded = foldDiacritics(text);
        expect(folded).toBe(folded.normalize('NFC'));
        expect(foldDiacritics(folded)).toBe(folded);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...' aZz09-.,/') }), (ascii) => {
        expect(foldDiacritics(ascii)).toBe(ascii);
      }),
    );
  });
});
