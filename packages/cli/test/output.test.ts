import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, scratch } from './inProcess';

const REPORT = ['report', '--format', 'json'];

/** What `report --format json` prints on standard output: what every --out below must hold. */
async function expected(): Promise<string> {
  return (await cli(REPORT)).stdout;
}

/** An error like the system's, with its code. */
function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('--out FILE', () => {
  it('a new file: written whole, nothing else left in the folder', async () => {
    const dir = scratch('out');
    const out = join(dir, 'bao-cao.json');
    expect(await cli([...REPORT, '--out', out])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(await expected());
    expect(readdirSync(dir)).toEqual(['bao-cao.json']);
    // `--out -` is standard output.
    expect((await cli([...REPORT, '--out', '-'])).stdout).toBe(await expected());
  });

  it('an existing regular file is replaced atomically and keeps its mode (600 stays 600)', async () => {
    const dir = scratch('mode');
    const out = join(dir, 'rieng.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    const before = statSync(out);
    expect((await cli([...REPORT, '--out', out])).code).toBe(0);
    const after = statSync(out);
    expect(after.mode & 0o777).toBe(0o600);
    // A new file renamed over the old one, not the old one rewritten in place.
    expect(after.ino).not.toBe(before.ino);
    expect(readFileSync(out, 'utf8')).toBe(await expected());
    expect(readdirSync(dir)).toEqual(['rieng.json']);
  });

  it('a symbolic link is written through: the link stays, its target gets the output', async () => {
    const dir = scratch('link');
    const target = join(dir, 'that.json');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    const link = join(dir, 'link.json');
    symlinkSync('that.json', link);
    expect((await cli([...REPORT, '--out', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('that.json');
    expect(readFileSync(target, 'utf8')).toBe(await expected());
    expect(statSync(target).mode & 0o777).toBe(0o640);
    // A link to a file that does not exist yet: the file is created where the link points.
    const dangling = join(dir, 'dangling.json');
    mkdirSync(join(dir, 'sub'));
    symlinkSync('sub/new.json', dangling);
    expect((await cli([...REPORT, '--out', dangling])).code).toBe(0);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'sub', 'new.json'), 'utf8')).toBe(await expected());
    expect(readdirSync(dir).sort()).toEqual(['dangling.json', 'link.json', 'sub', 'that.json']);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['new.json']);
  });

  it('a character device is written to, never replaced: /dev/null stays a device', async () => {
    expect(await cli([...REPORT, '--out', '/dev/null'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((name) => name.startsWith('.null.'))).toEqual([]);
    // A full device: the system's reason, exit code 2.
    expect(await cli([...REPORT, '--out', '/dev/full'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'khuyencong: lỗi: Không ghi được /dev/full (ENOSPC).\n',
    });
  });

  it('an output that is one of the inputs is refused before anything is read', async () => {
    const dir = scratch('same');
    const input = join(dir, 'de-an.csv');
    const data = readFileSync(`${FIXTURES}/de-an-bom-semicolon.csv`);
    writeFileSync(input, data);
    const link = join(dir, 'link.csv');
    symlinkSync(input, link);
    const hard = join(dir, 'hard.csv');
    linkSync(input, hard);
    for (const out of [input, link, hard, join(dir, '.', 'de-an.csv')]) {
      expect(await cli(['report', input, '--out', out])).toEqual({
        code: 2,
        stdout: '',
        stderr: `khuyencong: lỗi: Tệp ra ${out} cũng là tệp vào; chọn tên khác để không ghi đè dữ liệu.\n`,
      });
    }
    expect((await cli(['check', link, '--out', input])).code).toBe(2);
    expect(readFileSync(input)).toEqual(data);
    expect(readdirSync(dir).sort()).toEqual(['de-an.csv', 'hard.csv', 'link.csv']);
    // A --rules file is an input too.
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, readFileSync('../../examples/provincial-system/rules/dak-lak-2025.json'));
    expect((await cli(['report', '--rules', rules, '--out', rules])).code).toBe(2);
  });

  it('a folder, or a folder that does not exist, is OUTPUT_FAILED with the reason', async () => {
    const dir = scratch('folder');
    expect((await cli([...REPORT, '--out', dir])).stderr).toBe(
      `khuyencong: lỗi: Không ghi được ${dir} (EISDIR).\n`,
    );
    const missing = join(dir, 'khong-co', 'bao-cao.json');
    expect(await cli([...REPORT, '--out', missing])).toEqual({
      code: 2,
      stdout: '',
      stderr: `khuyencong: lỗi: Không ghi được ${missing} (ENOENT).\n`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('standard output that cannot be written', () => {
  it('a reader that went away (EPIPE) ends quietly, with the exit code of the work', async () => {
    const closed = {
      stdout: () => Promise.reject(systemError('EPIPE')),
    };
    expect(await cli(['report'], { io: closed })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await cli(['words', '1 tỷ'], { io: closed })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(await cli(['check', `${FIXTURES}/eligibility.csv`], { io: closed })).toEqual({
      code: 1,
      stdout: '',
      stderr: '',
    });
  });

  it('a full disk (ENOSPC) or any other failure is OUTPUT_FAILED, exit code 2', async () => {
    const full = {
      stdout: () => {
        throw systemError('ENOSPC');
      },
    };
    expect(await cli(['report'], { io: full })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'khuyencong: lỗi: Không ghi được đầu ra chuẩn (ENOSPC).\n',
    });
    expect((await cli(['words', '1 tỷ', '--lang', 'en'], { io: full })).stderr).toBe(
      'khuyencong: error: Cannot write standard output (ENOSPC).\n',
    );
  });
});
