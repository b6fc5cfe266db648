// Streaming benchmark: writes a 1,000,000-row province CSV (BOM, ";", Vietnamese headers) to a temp folder,
// runs the BUILT binary on it as a user would, and prints the time and the peak memory (max RSS) of that run.
// Run: `npm run bench` in packages/cli (after `tsup`). Not part of the test run.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const LIMIT_MB = 300;
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) throw new Error('Build first: npx -y pnpm@12.4.2 exec tsup');

const dir = mkdtempSync(join(tmpdir(), 'khuyencong-bench-'));
const file = join(dir, 'de-an-1m.csv');
const provinces = [
  'Đà Nẵng',
  'Phú Yên',
  'Đắk Lắk',
  'Quảng Nam',
  'Bình Định',
  'Khánh Hòa',
  'Nghệ An',
  'Cần Thơ',
];
const activities = ['máy móc', 'machinery', 'mô hình trình diễn', 'đào tạo'];

async function writeCsv() {
  const out = createWriteStream(file);
  const write = (text) =>
    out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve));
  await write(
    '\uFEFFMã đề án;Tên đề án;Nội dung;Tỉnh/Thành phố;Năm;Nguồn kinh phí;Tổng kinh phí;Kinh phí hỗ trợ;Kinh phí đối ứng\r\n',
  );
  let batch = '';
  for (let i = 1; i <= ROWS; i++) {
    const total = 100_000_000 + (i % 997) * 1_000_000;
    const support = Math.floor(total / 4);
    batch += `DA-${i};"Đề án số ${i}; hỗ trợ";${activities[i % activities.length]};${provinces[i % provinces.length]};2024;${i % 3 === 0 ? 'quốc gia' : 'địa phương'};${total};${support};${total - support}\r\n`;
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  await new Promise((resolve) => out.end(resolve));
}

const generated = performance.now();
await writeCsv();
const size = statSync(file).size;
console.log(
  `generated ${ROWS.toLocaleString('en-US')} rows, ${(size / 1e6).toFixed(1)} MB in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
);

const args = [
  cli,
  'report',
  file,
  '--format',
  'json',
  '--out',
  join(dir, 'report.json'),
  '--as-of',
  '2024-10-01',
];
const useTime = existsSync('/usr/bin/time');
const started = performance.now();
const result = useTime
  ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8' })
  : spawnSync(process.execPath, args, { encoding: 'utf8' });
const seconds = (performance.now() - started) / 1000;
if (result.status !== 0) {
  console.error(result.stderr);
  process.exit(1);
}
const maxRssKb = useTime
  ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1])
  : Number.NaN;
const peakMb = maxRssKb / 1024;
console.log(
  `khuyencong report: ${seconds.toFixed(1)} s, peak RSS ${Number.isNaN(peakMb) ? 'unknown (no /usr/bin/time)' : `${peakMb.toFixed(0)} MB`}, ${(ROWS / seconds).toFixed(0)} rows/s`,
);
rmSync(dir, { recursive: true, force: true });
if (peakMb > LIMIT_MB) {
  console.error(`peak memory ${peakMb.toFixed(0)} MB is over the ${LIMIT_MB} MB budget`);
  process.exit(1);
}
