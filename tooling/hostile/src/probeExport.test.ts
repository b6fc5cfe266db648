import { describe, expect, it } from 'vitest';
import { probeExport } from './probeExport';

class CodedError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'CodedError';
  }
}

const options = { isCodedError: (error: unknown) => error instanceof CodedError, runs: 4 };

/** A careful function: a string of digits up to 300 long, else a coded error. */
function careful(value: unknown): string {
  if (typeof value !== 'string' || value.length > 300 || !/^\d+$/.test(value)) {
    throw new CodedError('INVALID_AMOUNT');
  }
  return `${value} đồng`;
}

describe('probeExport', () => {
  it('finds nothing wrong with a careful function, and counts its calls', async () => {
    const result = await probeExport(
      'careful',
      careful,
      { kind: 'function', valid: ['12'] },
      options,
    );
    expect(result.problems).toEqual([]);
    expect(result.calls).toBeGreaterThan(150);
  });

  it('reports an uncoded throw, a leaked "undefined" and a NaN, naming the call', async () => {
    const sloppy = (value: { readonly n: number }) => `${value.n.toFixed(0)} đồng`;
    const { problems } = await probeExport(
      'sloppy',
      sloppy,
      { kind: 'function', valid: [{ n: 1 }] },
      options,
    );
    expect(problems).toContain(
      "sloppy argument 0 = undefined: threw TypeError: Cannot read properties of undefined (reading 'n')",
    );
    const leaky = (value: unknown) => `${String(value)} đồng`;
    const leaks = (await probeExport('leaky', leaky, { kind: 'function', valid: ['1'] }, options))
      .problems;
    expect(leaks).toContain(
      'leaky argument 0 = undefined: result holds "undefined": "undefined đồng"',
    );
    expect(leaks).toContain(
      'leaky argument 0 = {}: result holds "[object Object]": "[object Object] đồng"',
    );
    const nan = (value: unknown) => ({ share: Number(value) });
    expect(
      (await probeExport('nan', nan, { kind: 'function', valid: ['1'] }, options)).problems,
    ).toContain('nan argument 0 = {}: result.share is NaN');
  });

  it('does not take an echo of the input for a leak', async () => {
    const echo = (value: unknown) => (typeof value === 'string' ? value : careful(value));
    const { problems } = await probeExport(
      'echo',
      echo,
      { kind: 'function', valid: ['NaN undefined'] },
      options,
    );
    expect(problems).toEqual([]);
  });

  it('holds predicates to true/false and never a throw', async () => {
    const throwing = (value: unknown) => (value as { readonly code: string }).code === 'X';
    const { problems } = await probeExport(
      'isX',
      throwing,
      { kind: 'function', valid: [{ code: 'X' }], predicate: true },
      options,
    );
    expect(problems[0]).toMatch(/^isX argument 0 = undefined: a predicate threw TypeError/);
    const yes = () => true;
    const yeses = (
      await probeExport('yes', yes, { kind: 'function', valid: [1], predicate: true }, options)
    ).problems;
    expect(yeses).toContain('yes argument 0 = null: a predicate returned true');
  });

  it('times calls on a megabyte, and checks constants are frozen', async () => {
    const quadratic = (value: unknown) => {
      if (typeof value !== 'string') throw new CodedError('X');
      let count = 0;
      // Quadratic on the megabyte strings only (the assertion is about them), so that the test stays well
      // within its timeout beside other test processes (on the seven strings of 12,000 or more it took 42 s).
      const steps = value.length >= 1_000_000 ? 12_000 : 0;
      for (let i = 0; i < steps; i += 1) {
        for (let j = 0; j < i; j += 1) count += value.charCodeAt(j) & 1;
      }
      return String(count);
    };
    const slow = (await probeExport('slow', quadratic, { kind: 'function', valid: ['1'] }, options))
      .problems;
    expect(
      slow.some((problem) =>
        /^slow argument 0 = 1 MB of x: took \d+ ms of CPU \(limit 50 ms\)$/.test(problem),
      ),
    ).toBe(true);
    const open = (await probeExport('OPEN', { a: 1 }, { kind: 'value' }, options)).problems;
    expect(open).toEqual(['OPEN is not frozen']);
  });

  it('reports a case whose valid call fails, and probes options key by key', async () => {
    const picky = (options: { readonly lang: string }) => {
      if (options.lang !== 'vi' && options.lang !== 'en')
        throw new TypeError(`bad lang ${options.lang}`);
      return options.lang;
    };
    const { problems } = await probeExport(
      'picky',
      picky,
      { kind: 'function', valid: [{ lang: 'vi' }] },
      options,
    );
    expect(problems).toContain(
      'picky argument 0.lang = symbol: threw TypeError: Cannot convert a Symbol value to a string',
    );
    const broken = await probeExport(
      'broken',
      careful,
      { kind: 'function', valid: ['x'] },
      options,
    );
    expect(broken.problems[0]).toBe(
      'broken: the valid call of the case threw CodedError INVALID_AMOUNT: INVALID_AMOUNT',
    );
  });

  it('takes a NaN the caller passed in and gets back for no leak, but still a NaN written as text', async () => {
    const keep = (details: { readonly value: unknown }) => ({ details });
    expect(
      (await probeExport('keep', keep, { kind: 'function', valid: [{ value: 1 }] }, options))
        .problems,
    ).toEqual([]);
    const write = (details: { readonly value: unknown }) => `value ${String(details.value)}`;
    expect(
      (await probeExport('write', write, { kind: 'function', valid: [{ value: 1 }] }, options))
        .problems,
    ).toContain('write argument 0.value = NaN: result holds "NaN": "value NaN"');
  });

  it('lets a predicate answer true where the case says true is right, and only there', async () => {
    const openPeriod = (item: unknown) =>
      typeof item === 'object' && item !== null && !Array.isArray(item);
    const trueFor = (args: readonly unknown[]) =>
      Object.prototype.toString.call(args[0]) === '[object Object]';
    const withOracle = await probeExport(
      'isOpen',
      openPeriod,
      { kind: 'function', valid: [{}], predicate: true, trueFor },
      options,
    );
    expect(withOracle.problems).toContain('isOpen argument 0 = Map: a predicate returned true');
    expect(withOracle.problems.some((problem) => problem.includes('argument 0 = {}:'))).toBe(false);
    const without = await probeExport(
      'isOpen',
      openPeriod,
      { kind: 'function', valid: [{}], predicate: true },
      options,
    );
    expect(without.problems).toContain('isOpen argument 0 = {}: a predicate returned true');
  });
});

describe('probeExport on what a function returns', () => {
  it('attacks the methods of the returned value, made afresh for each call', async () => {
    let made = 0;
    const createCounter = (start: number) => {
      made += 1;
      let count = start;
      return {
        add: (step: unknown) => {
          count += (step as { readonly n: number }).n;
          return count;
        },
      };
    };
    const { problems, calls } = await probeExport(
      'createCounter',
      createCounter,
      { kind: 'function', valid: [1], methods: { add: [{ n: 2 }] } },
      options,
    );
    expect(problems).toContain(
      "createCounter()#add argument 0 = undefined: threw TypeError: Cannot read properties of undefined (reading 'n')",
    );
    // One counter for each call of createCounter itself and one for each call of `add`.
    expect(made).toBe(calls);
  });
});

describe('probeExport with an arity', () => {
  it('attacks only the first arguments of a value’s methods', async () => {
    const schema = Object.freeze({
      check: (value: unknown, params?: unknown) => {
        if (params !== undefined) throw new TypeError('params are another library’s');
        return careful(value);
      },
    });
    const all = await probeExport(
      'SCHEMA',
      schema,
      { kind: 'value', methods: { check: ['1'] } },
      options,
    );
    expect(all.problems.some((problem) => problem.startsWith('SCHEMA.check argument 1 = '))).toBe(
      true,
    );
    const first = await probeExport(
      'SCHEMA',
      schema,
      { kind: 'value', methods: { check: ['1'] }, arity: 1 },
      options,
    );
    expect(first.problems).toEqual([]);
  });
});

describe('probeExport with an outcome', () => {
  it('checks only the part of a result the case names as the repo’s', async () => {
    const schema = Object.freeze({
      safeParse: (value: unknown) =>
        typeof value === 'string'
          ? { success: true, data: value }
          : {
              success: false,
              error: {
                tag: `${typeof value === 'undefined' ? 'undefined' : 'other'}`,
                messages: ['Expected a string'],
              },
            },
    });
    const whole = await probeExport(
      'S',
      schema,
      { kind: 'value', methods: { safeParse: ['1'] }, arity: 1 },
      options,
    );
    expect(whole.problems).toContain(
      'S.safeParse argument 0 = undefined: result.error.tag holds "undefined": "undefined"',
    );
    const part = await probeExport(
      'S',
      schema,
      {
        kind: 'value',
        methods: { safeParse: ['1'] },
        arity: 1,
        outcome: (result) => {
          const { success, data, error } = result as {
            success: boolean;
            data?: unknown;
            error?: { messages: unknown };
          };
          return success ? data : error?.messages;
        },
      },
      options,
    );
    expect(part.problems).toEqual([]);
  });
});

describe('probeExport and the keys of an input', () => {
  it('does not take a key the input has, named in a result, for a leak', async () => {
    const unrecognised = (value: unknown) =>
      typeof value === 'object' && value !== null
        ? `Unrecognized keys: ${Object.keys(value).join(', ')}`
        : careful(value);
    const { problems } = await probeExport(
      'strict',
      unrecognised,
      { kind: 'function', valid: [{ 'not undefined': 1 }] },
      options,
    );
    expect(problems).toEqual([]);
  });
});

describe('probeExport on promises and async generators', () => {
  const quick = { ...options, settleLimitMs: 50 };

  it('awaits a promise and drains an async generator before judging what came of the call', async () => {
    const rejecting = async (value: { readonly n: number }) => value.n.toFixed(0);
    expect(
      (await probeExport('rejecting', rejecting, { kind: 'function', valid: [{ n: 1 }] }, quick))
        .problems,
    ).toContain(
      "rejecting argument 0 = undefined: threw TypeError: Cannot read properties of undefined (reading 'n')",
    );
    async function* leaking(value: unknown) {
      yield 'first';
      yield `${String(value)} đồng`;
    }
    expect(
      (await probeExport('leaking', leaking, { kind: 'function', valid: ['1'] }, quick)).problems,
    ).toContain('leaking argument 0 = undefined: result.1 holds "undefined": "undefined đồng"');
  });

  it('reports a call that never settles, and goes on to the next', async () => {
    const waiting = async (value: unknown) => {
      if (typeof value === 'object' && value !== null && 'then' in value) await value;
      return careful(value);
    };
    const { problems } = await probeExport(
      'waiting',
      waiting,
      { kind: 'function', valid: ['1'] },
      quick,
    );
    expect(problems).toEqual(['waiting argument 0 = thenable: did not settle within 50 ms']);
  });
});

describe('probeExport with a time limit of its own', () => {
  it('holds the calls of a case to its own limit, and only that case', async () => {
    // 30 ms of CPU on the valid call (the first), and for the times it is timed again.
    let calls = 0;
    const slow = (value: unknown) => {
      calls += 1;
      const until = process.cpuUsage().user + 30_000;
      while (calls <= 3 && process.cpuUsage().user < until) {
        // Spinning.
      }
      return careful(value);
    };
    const strict = await probeExport(
      'slow',
      slow,
      { kind: 'function', valid: ['1'], timeLimitMs: 10 },
      { ...options, runs: 0 },
    );
    expect(strict.problems[0]).toMatch(/^slow\(valid call\): took \d+ ms of CPU \(limit 10 ms\)$/);
    calls = 0;
    const relaxed = await probeExport(
      'slow',
      slow,
      { kind: 'function', valid: ['1'], timeLimitMs: 1_000, reason: 'a slow path fixed elsewhere' },
      { ...options, runs: 0, timeLimitMs: 10 },
    );
    expect(relaxed.problems).toEqual([]);
  });
});
