import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from './inProcess';
import { machineryRules } from './machineryRules';

const DAK_LAK_RULES = '../../examples/provincial-system/rules/dak-lak-2025.json';
const DAK_LAK = ['--fund', 'local', '--province', 'Đắk Lắk', '--date', '2025-08-01'];

describe('support', () => {
  it('Việt Séc: machinery of 1,36 tỷ gets 300 triệu, the cap of TT 28/2018', async () => {
    const { code, stdout } = await cli([
      'support',
      '--activity',
      'máy móc',
      '--cost',
      '1,36 tỷ',
      '--date',
      '2024-05-01',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Mức hỗ trợ:        300.000.000 đồng (300 triệu đồng)',
        'Bằng chữ:          Ba trăm triệu đồng',
        'Giới hạn áp dụng:  mức trần 300.000.000 đồng',
        'Theo tỷ lệ:        50% × 1.360.000.000 đồng = 680.000.000 đồng',
        'Mức trần:          300.000.000 đồng',
        'Căn cứ:            khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC (bộ quy định tt-28-2018; nguồn: theo',
        '                   nguồn thứ cấp, độ tin cậy cao)',
        '',
      ].join('\n'),
    );
    const json = JSON.parse(
      (await cli(['support', '-a', 'machinery', '-c', '1360000000', '--format', 'json'])).stdout,
    ) as Record<string, unknown>;
    expect(json).toMatchObject({
      activity: 'machinery',
      eligibleCost: '1360000000',
      amount: '300000000',
      binding: 'cap',
      citation: 'khoản 4 Điều 8 Thông tư số 28/2018/TT-BTC',
    });
    const english = await cli(['support', '-a', 'machinery', '-c', '1,36 tỷ', '--lang', 'en']);
    expect(english.stdout).toContain('Binding limit:  the cap of 300,000,000 VND');
  });

  it('--rules: a province file replaces the built-in rule set it overlaps', async () => {
    const demonstration = ['support', '-a', 'mô hình trình diễn', '-c', '3 tỷ', ...DAK_LAK];
    const builtIn = await cli(demonstration);
    expect(builtIn.stdout).toMatch(/Mức hỗ trợ: +800\.000\.000 đồng/);
    expect(builtIn.stdout.replace(/\s+/g, ' ')).toContain('(bộ quy định dak-lak-2025;');
    const own = await cli([...demonstration, '--rules', DAK_LAK_RULES]);
    expect(own.stdout.replace(/\s+/g, ' ')).toContain(
      '(bộ quy định dak-lak-2025-provincial-config;',
    );
    // The province's file has no level for start-ups: the built-in one no longer applies.
    const startup = ['support', '-a', 'startup', '-c', '30 triệu', ...DAK_LAK];
    expect((await cli(startup)).stdout).toMatch(/Mức hỗ trợ: +10\.000\.000 đồng/);
    expect(await cli([...startup, '--rules', DAK_LAK_RULES])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'khuyencong: lỗi: Không có quy định mức hỗ trợ cho nội dung hỗ trợ khởi sự doanh nghiệp trong bộ quy định dak-lak-2025-provincial-config.\n',
    });
    // Machinery: no level without the file, 40% up to 500 triệu with it, cited from the file's own resolution.
    const machinery = ['support', '-a', 'machinery', '-c', '1,36 tỷ', ...DAK_LAK];
    expect((await cli(machinery)).code).toBe(2);
    const withFile = await cli([...machinery, '--rules', machineryRules()]);
    expect(withFile.code).toBe(0);
    expect(withFile.stdout).toMatch(/^Mức hỗ trợ: +500\.000\.000 đồng \(500 triệu đồng\)\n/);
    expect(withFile.stdout.replace(/\s+/g, ' ')).toContain(
      'Căn cứ: Điều 3 Nghị quyết số 99/2025/NQ-HĐND (bộ quy định dak-lak-2025-may-moc;',
    );
  });

  it('a bad rules file: a clear error naming the file, where and what', async () => {
    const dir = scratch('bad-rules');
    const notJson = join(dir, 'khong-phai-json.json');
    writeFileSync(notJson, '{\n  "id": \n');
    const notRules = join(dir, 'sai-cau-truc.json');
    writeFileSync(notRules, JSON.stringify({ id: 1 }));
    const run = (file: string) =>
      cli(['support', '-a', 'machinery', '-c', '1 tỷ', '--rules', file]);
    expect(await run(notJson)).toEqual({
      code: 2,
      stdout: '',
      stderr: `khuyencong: lỗi: Tệp quy định mức hỗ trợ ${notJson} không phải JSON hợp lệ: lỗi ở dòng 3, cột 1.\n`,
    });
    expect((await run(notRules)).stderr).toBe(
      `khuyencong: lỗi: Tệp quy định mức hỗ trợ ${notRules} không đúng cấu trúc tại "id": sai kiểu dữ liệu (và 6 lỗi khác).\n`,
    );
    expect((await run(join(dir, 'khong-co.json'))).stderr).toBe(
      `khuyencong: lỗi: Không tìm thấy tệp ${join(dir, 'khong-co.json')}.\n`,
    );
    // The same for report and check, before any input is read.
    expect((await cli(['check', 'khong-co.csv', '--rules', notRules])).stderr).toBe(
      'khuyencong: lỗi: Không tìm thấy tệp khong-co.csv.\n',
    );
    expect((await cli(['report', '--rules', notRules])).code).toBe(2);
  });

  it('usage errors name the option', async () => {
    expect((await cli(['support', '-c', '1 tỷ'])).stderr).toBe(
      'khuyencong: lỗi: support: thiếu --activity (xem "khuyencong support --help").\n',
    );
    expect((await cli(['support', '-a', 'máy xay', '-c', '1 tỷ'])).stderr).toMatch(
      /^khuyencong: lỗi: support: --activity phải là một trong startup, demonstration-model, .* \(nhận "máy xay"\)\.\n$/,
    );
    expect(
      (await cli(['support', '-a', 'machinery', '-c', '1 tỷ', '--province', 'Atlantis'])).stderr,
    ).toBe('khuyencong: lỗi: Không tìm thấy tỉnh, thành phố Atlantis.\n');
    expect(
      (await cli(['support', '-a', 'machinery', '-c', '1 tỷ', '--fund', 'counterpart'])).code,
    ).toBe(2);
  });
});

describe('words and parse', () => {
  it('words: the "Bằng chữ" line', async () => {
    expect(await cli(['words', '73500000000'])).toEqual({
      code: 0,
      stdout: 'Bảy mươi ba tỷ năm trăm triệu đồng\n',
      stderr: '',
    });
    expect((await cli(['words', '1,36', 'tỷ', '--exact'])).stdout).toBe(
      'Một tỷ ba trăm sáu mươi triệu đồng chẵn\n',
    );
    const bad = await cli(['words', 'abc']);
    expect([bad.code, bad.stderr]).toEqual([2, 'khuyencong: lỗi: Không đọc được số tiền: abc.\n']);
  });

  it('parse: an amount as reports print it', async () => {
    expect((await cli(['parse', 'hơn 9 tỷ đồng'])).stdout).toBe(
      'Số tiền:   9000000000 (9.000.000.000 đồng)\nƯớc lượng: more-than (hơn)\nBằng chữ:  Chín tỷ đồng\n',
    );
    expect(JSON.parse((await cli(['parse', 'hơn 9 tỷ đồng', '--format', 'json'])).stdout)).toEqual({
      amount: '9000000000',
      qualifier: 'more-than',
      asWritten: 'hơn 9 tỷ đồng',
    });
  });
});
