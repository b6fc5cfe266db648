import { describe, expect, it } from 'vitest';
import { withPollutedPrototype } from './withPollutedPrototype';

type Options = Readonly<Record<string, unknown>>;

describe('withPollutedPrototype', () => {
  it('reports the calls the pollution changed and those the values would not change', async () => {
    const read = (options: Options) => options['mode'] ?? 'default';
    const own = (options: Options) =>
      Object.hasOwn(options, 'mode') ? options['mode'] : 'default';
    const deaf = () => 'default';
    expect(await withPollutedPrototype({ mode: 'polluted' }, [read, own, deaf])).toEqual({
      changed: [{ index: 0, clean: { value: 'default' }, polluted: { value: 'polluted' } }],
      insensitive: [2],
    });
    expect('mode' in {}).toBe(false);
  });

  it('records what a call throws, and keeps the prototype polluted while an async call runs', async () => {
    const fails = (options: Options) => {
      if (options['mode'] !== undefined) throw Object.assign(new Error('x'), { code: 'BAD' });
    };
    const later = async (options: Options) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return options['mode'];
    };
    const { changed } = await withPollutedPrototype({ mode: 'later' }, [fails, later]);
    expect(changed).toEqual([
      { index: 0, clean: { value: undefined }, polluted: { threw: 'BAD' } },
      { index: 1, clean: { value: undefined }, polluted: { value: 'later' } },
    ]);
  });

  it('can pollute without enumerable properties, out of sight of for…in', async () => {
    const keys = (options: Options) => {
      const seen: string[] = [];
      for (const key in options) seen.push(key);
      return seen;
    };
    expect((await withPollutedPrototype({ mode: 'hidden' }, [keys], false)).changed).toEqual([]);
    expect((await withPollutedPrototype({ mode: 'shown' }, [keys])).changed).toHaveLength(1);
  });

  it('refuses a key Object.prototype already has', async () => {
    await expect(withPollutedPrototype({ toString: 1 }, [])).rejects.toThrow(
      'already has toString',
    );
  });
});
