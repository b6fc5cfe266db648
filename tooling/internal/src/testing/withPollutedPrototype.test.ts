import { describe, expect, it } from 'vitest';
import { withPollutedPrototype } from './withPollutedPrototype';

describe('withPollutedPrototype', () => {
  it('runs each call clean, polluted and with the values passed, and restores the prototype', async () => {
    const read = (options: Readonly<Record<string, unknown>>) => options['mode'] ?? 'default';
    const own = (options: Readonly<Record<string, unknown>>) =>
      Object.hasOwn(options, 'mode') ? options['mode'] : 'default';
    const fails = () => {
      throw Object.assign(new Error('x'), { code: 'BAD' });
    };
    const result = await withPollutedPrototype({ mode: 'polluted' }, [read, own, fails]);
    expect(result).toEqual({
      clean: [{ value: 'default' }, { value: 'default' }, { threw: 'BAD' }],
      polluted: [{ value: 'polluted' }, { value: 'default' }, { threw: 'BAD' }],
      explicit: [{ value: 'polluted' }, { value: 'polluted' }, { threw: 'BAD' }],
    });
    expect('mode' in {}).toBe(false);
  });

  it('can pollute without enumerable properties, out of sight of for…in', async () => {
    const keys = (options: Readonly<Record<string, unknown>>) => {
      const seen: string[] = [];
      for (const key in options) seen.push(key);
      return [seen, options['mode']];
    };
    expect((await withPollutedPrototype({ mode: 'hidden' }, [keys], false)).polluted).toEqual([
      { value: [[], 'hidden'] },
    ]);
    expect((await withPollutedPrototype({ mode: 'shown' }, [keys])).polluted).toEqual([
      { value: [['mode'], 'shown'] },
    ]);
  });

  it('keeps the prototype polluted while an async call runs, and refuses a key it already has', async () => {
    const later = async (options: Readonly<Record<string, unknown>>) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return options['mode'];
    };
    expect((await withPollutedPrototype({ mode: 'later' }, [later])).polluted).toEqual([
      { value: 'later' },
    ]);
    await expect(withPollutedPrototype({ toString: 1 }, [])).rejects.toThrow(
      'already has toString',
    );
  });
});
