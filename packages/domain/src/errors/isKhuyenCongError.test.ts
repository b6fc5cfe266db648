import { describe, expect, it, vi } from 'vitest';
import { isKhuyenCongError } from './isKhuyenCongError';
import { KhuyenCongError } from './KhuyenCongError';

describe('isKhuyenCongError', () => {
  it('recognises an error thrown by a second copy of the module, where instanceof fails', async () => {
    vi.resetModules();
    const copy = await import('./KhuyenCongError');
    expect(copy.KhuyenCongError).not.toBe(KhuyenCongError);
    const error = new copy.KhuyenCongError('INVALID_DATE', 'from another copy');
    expect(error instanceof KhuyenCongError).toBe(false);
    expect(isKhuyenCongError(error)).toBe(true);
    expect(isKhuyenCongError(error, ['INVALID_DATE'])).toBe(true);
  });

  it('rejects look-alikes without the brand', () => {
    const fake = Object.assign(new Error('x'), { name: 'KhuyenCongError', code: 'INVALID_DATE' });
    expect(isKhuyenCongError(fake)).toBe(false);
    expect(isKhuyenCongError({ code: 'INVALID_DATE' })).toBe(false);
    expect(isKhuyenCongError(null)).toBe(false);
    expect(isKhuyenCongError('INVALID_DATE')).toBe(false);
  });

  it('keeps the cause, freezes the details and serialises the code', () => {
    const cause = new Error('root');
    const error = new KhuyenCongError('UNKNOWN_CODE', 'msg', { cause, details: { value: 'x' } });
    expect(error.cause).toBe(cause);
    expect(Object.isFrozen(error.details)).toBe(true);
    expect(error.stack).toContain('KhuyenCongError');
    expect(JSON.parse(JSON.stringify({ code: error.code }))).toEqual({ code: 'UNKNOWN_CODE' });
  });
});
