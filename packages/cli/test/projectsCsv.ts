/** A projects sheet of `rows` đề án as a province exports it (machinery in Phú Yên, local funds, 2024). */
export function projectsCsv(rows: number): string {
  const lines = [
    'Mã đề án,Nội dung,Tỉnh/Thành phố,Năm,Nguồn kinh phí,Tổng kinh phí,Kinh phí hỗ trợ',
  ];
  for (let i = 0; i < rows; i++)
    lines.push(`DA-${i},machinery,Phú Yên,2024,local,800000000,190000000`);
  return `${lines.join('\n')}\n`;
}
