import { type Project, SEED_DATASET } from '@khuyencong/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { certificateSchema, projectSchema } from '../schemas/modelSchemas';
import { viErrorMap } from './viErrorMap';

const error = viErrorMap();
const phuYen = SEED_DATASET.projects[1] as Project;
// Any zod schema: the package's (zod/mini) and classic ones alike.
const messages = (schema: z.core.$ZodType, value: unknown) =>
  z.safeParse(schema, value, { error }).error?.issues.map((issue) => issue.message);

describe('viErrorMap (per call)', () => {
  it('words amount issues with Vietnamese field names', () => {
    expect(messages(projectSchema, { ...phuYen, funding: { local: '1.000.000' } })).toEqual([
      'Kinh phí khuyến công địa phương: số tiền phải viết liền các chữ số, không dấu phân cách, không dấu cộng, không số 0 ở đầu (ví dụ 1500000)',
    ]);
    expect(messages(projectSchema, { ...phuYen, totalCost: '8.99e8' })).toEqual([
      'Tổng kinh phí: số tiền không được viết dạng lũy thừa (như 1e6)',
    ]);
  });

  it('names types in Vietnamese, not English', () => {
    expect(messages(projectSchema, { ...phuYen, year: '2024' })).toEqual([
      'Năm: cần số, nhận được chuỗi ký tự',
    ]);
    const { title: _, ...untitled } = phuYen;
    expect(messages(projectSchema, untitled)).toEqual(['Tên đề án: thiếu giá trị bắt buộc']);
  });

  it('formats number bounds the Vietnamese way and date bounds as dates, never epoch milliseconds', () => {
    expect(
      messages(z.object({ amount: z.number().max(1_500_000) }), { amount: 2_000_000 }),
    ).toEqual(['Số tiền: phải không vượt quá 1.500.000']);
    expect(messages(z.object({ ratio: z.number().multipleOf(0.01) }), { ratio: 0.001 })).toEqual([
      'Ratio: phải là bội số của 0,01',
    ]);
    expect(
      messages(z.object({ issuedOn: z.date().max(new Date(2026, 10, 27)) }), {
        issuedOn: new Date(2027, 0, 1),
      }),
    ).toEqual(['Ngày cấp: phải không muộn hơn ngày 27 tháng 11 năm 2026']);
  });

  it('words the package’s cross-field issues and unknown keys', () => {
    expect(
      messages(certificateSchema, {
        kind: 'ocop',
        productName: 'Cà phê',
        holder: 'HTX',
        issuedOn: '2023-02-29',
        note: 'x',
      }),
    ).toEqual([
      'Ngày cấp: phải là ngày theo dạng NNNN-TT-NN (ví dụ 2025-10-15)',
      'Có trường không được phép: note',
    ]);
  });

  it('leaves zod’s default (English) messages when not passed', () => {
    expect(projectSchema.safeParse({ ...phuYen, year: '2024' }).error?.issues[0]?.message).toMatch(
      /expected number, received string/,
    );
  });
});
