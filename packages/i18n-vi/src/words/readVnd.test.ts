import { describe, expect, it } from 'vitest';
import { errorCode } from '../../test/arbitraries';
import { readVnd } from './readVnd';

describe('readVnd', () => {
  it('writes the "Bằng chữ" line of the seed article amounts', () => {
    expect(readVnd('73500000000')).toBe('Bảy mươi ba tỷ năm trăm triệu đồng');
    expect(readVnd('899000000')).toBe('Tám trăm chín mươi chín triệu đồng');
    expect(readVnd(286000000)).toBe('Hai trăm tám mươi sáu triệu đồng');
    expect(readVnd(1360000000n)).toBe('Một tỷ ba trăm sáu mươi triệu đồng');
    expect(readVnd('2035000000')).toBe('Hai tỷ không trăm ba mươi lăm triệu đồng');
    expect(readVnd('0')).toBe('Không đồng');
    expect(readVnd('-1500000')).toBe('Âm một triệu năm trăm nghìn đồng');
  });

  it('adds "chẵn" on request, keeps lower case on request, and takes the spelling options', () => {
    expect(readVnd('300000000', { exact: true })).toBe('Ba trăm triệu đồng chẵn');
    expect(readVnd('150000', { capitalize: false, thousand: 'ngàn' })).toBe(
      'một trăm năm mươi ngàn đồng',
    );
    expect(readVnd('2024000000', { billion: 'tỉ', four: 'bốn' })).toBe(
      'Hai tỉ không trăm hai mươi bốn triệu đồng',
    );
    expect(readVnd('1001', { zeroTens: 'linh' })).toBe('Một nghìn không trăm linh một đồng');
  });

  it('refuses fractions of đồng, non-numbers and bad options with coded errors', () => {
    expect(errorCode(() => readVnd('0.5'))).toBe('FRACTIONAL_DONG');
    expect(errorCode(() => readVnd(12.6))).toBe('INVALID_NUMBER');
    expect(errorCode(() => readVnd('73.500.000.000'))).toBe('INVALID_NUMBER');
    expect(errorCode(() => readVnd(1, { exact: 'yes' as never }))).toBe('INVALID_OPTION');
    expect(errorCode(() => readVnd(1, { capitalize: 1 as never }))).toBe('INVALID_OPTION');
  });
});
