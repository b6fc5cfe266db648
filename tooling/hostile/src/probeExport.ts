import { cpuTime } from './cpuTime';
import type { ExitCodeContract } from './ExitCodeContract';
import { exitCodeProblem } from './exitCodeProblem';
import type { HostileArgs, HostileCase } from './HostileCase';
import { type HostileCall, hostileCalls, sampledValues } from './hostileCalls';
import { holdsNaN, leakIn, stringsIn } from './leakIn';

/** Settings of {@link probeExport} and {@link hostileSuite}. */
export interface HostileSuiteOptions {
  /** Whether a thrown value is one of the repo's coded errors (domain's `isKhuyenCongError` with `ERROR_CODES`). */
  readonly isCodedError: (error: unknown) => boolean;
  /** fast-check values per export (each tried in every argument position); 24 unless set. */
  readonly runs?: number;
  /** The longest a call may take, in milliseconds (a slow call is timed up to three times, the fastest counts); 50 unless set. */
  readonly timeLimitMs?: number;
  /**
   * The longest the suite waits, in wall-clock milliseconds, for what a call returned to settle (a promise, or
   * an async generator drained): a call still pending then (one that awaits a thenable that never calls back,
   * say) is a problem, and the suite goes on. 2,000 unless set.
   */
  readonly settleLimitMs?: number;
}

/** What probing one export came to: how many calls it made and what went wrong. */
export interface ProbeResult {
  readonly calls: number;
  readonly problems: readonly string[];
}

type Outcome = { readonly value: unknown } | { readonly error: unknown };

const MAX_ITEMS = 10_000;

/** Drains what a call returned: awaits a promise, reads a generator or an async iterable (up to 10,000 items). */
async function settle(value: unknown): Promise<unknown> {
  const settled = value instanceof Promise ? await value : value;
  if (settled === null || typeof settled !== 'object') return settled;
  const tag = Object.prototype.toString.call(settled);
  if (tag === '[object Generator]' || tag === '[object AsyncGenerator]') {
    const items: unknown[] = [];
    for await (const item of settled as AsyncIterable<unknown>) {
      items.push(item);
      if (items.length >= MAX_ITEMS) break;
    }
    return items;
  }
  return settled;
}

/** What a call's outcome is when what it returned has not settled within the settle limit. */
class NotSettled {
  constructor(readonly limitMs: number) {}
}

/** `pending`, or a rejection with {@link NotSettled} when it has not settled within `limitMs` of wall time. */
async function within<T>(pending: Promise<T>, limitMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NotSettled(limitMs)), limitMs);
  });
  try {
    return await Promise.race([pending, late]);
  } finally {
    clearTimeout(timer);
  }
}

function argsOf(args: HostileArgs): readonly unknown[] {
  return typeof args === 'function' ? args() : args;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { readonly code?: unknown }).code;
    return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message.slice(0, 200)}`;
  }
  return `a thrown ${typeof error}`;
}

/** One export's calls and what went wrong with them. */
class Probe {
  readonly problems: string[] = [];
  calls = 0;

  constructor(
    private readonly name: string,
    private readonly options: Required<HostileSuiteOptions>,
  ) {}

  /** Makes one call (up to three times when slow) and records what is wrong with its outcome. */
  async call(
    label: string,
    args: readonly unknown[],
    run: () => unknown,
    predicate: 'none' | 'boolean' | 'false',
    checked: (result: unknown) => unknown = (result) => result,
  ): Promise<Outcome> {
    const outcome = await this.timedCall(label, run);
    if ('error' in outcome && outcome.error instanceof NotSettled) return outcome;
    if ('error' in outcome) {
      if (predicate !== 'none') {
        this.problems.push(`${label}: a predicate threw ${describeError(outcome.error)}`);
      } else if (!this.options.isCodedError(outcome.error)) {
        this.problems.push(`${label}: threw ${describeError(outcome.error)}`);
      }
      return outcome;
    }
    if (predicate !== 'none' && typeof outcome.value !== 'boolean') {
      this.problems.push(`${label}: a predicate returned ${typeof outcome.value}`);
    } else if (predicate === 'false' && outcome.value !== false) {
      this.problems.push(`${label}: a predicate returned true`);
    }
    const leak = leakIn(checked(outcome.value), stringsIn(args), holdsNaN(args));
    if (leak !== undefined) this.problems.push(`${label}: ${leak}`);
    return outcome;
  }

  /** Makes one call, timed (again, up to twice more, when slow) and counted; records a slow one. */
  private async timedCall(label: string, run: () => unknown): Promise<Outcome> {
    this.calls += 1;
    // A slow call is timed again, up to twice more, and its fastest time counts. Time is CPU time of this
    // process (what the call costs, not how long the scheduler let it wait beside other test processes).
    let tries = 0;
    const timed = await cpuTime(
      () => {
        tries += 1;
        return within(settle(run()), this.options.settleLimitMs);
      },
      { limitMs: this.options.timeLimitMs },
    );
    this.calls += tries - 1;
    const outcome: Outcome = timed.outcome;
    if ('error' in outcome && outcome.error instanceof NotSettled) {
      this.problems.push(`${label}: did not settle within ${outcome.error.limitMs} ms`);
      return outcome;
    }
    const took = timed.ms;
    if (took > this.options.timeLimitMs) {
      this.problems.push(
        `${label}: took ${took.toFixed(0)} ms of CPU (limit ${this.options.timeLimitMs} ms)`,
      );
    }
    return outcome;
  }

  /** One call of an exit-code case, held to its {@link ExitCodeContract}. */
  private async exitCodeCall(
    label: string,
    args: readonly unknown[],
    invoke: (args: readonly unknown[]) => unknown,
    contract: ExitCodeContract,
  ): Promise<void> {
    const outcome = await this.timedCall(label, () => invoke(args));
    if ('error' in outcome && outcome.error instanceof NotSettled) return;
    const problem = exitCodeProblem(outcome, args, contract, describeError);
    if (problem !== undefined) this.problems.push(`${label}: ${problem}`);
  }

  /** The valid call of an exit-code case, every hostile variant of it, then the case's own calls. */
  async exitCodeCallsOf(
    prefix: string,
    valid: HostileArgs,
    invoke: (args: readonly unknown[]) => unknown,
    contract: ExitCodeContract,
  ): Promise<void> {
    const validArgs = argsOf(valid);
    await this.exitCodeCall(`${prefix}(valid call)`, validArgs, invoke, contract);
    const sampled = sampledValues(this.name + prefix, this.options.runs);
    for (const call of hostileCalls(validArgs, sampled)) {
      await this.exitCodeCall(
        `${prefix} ${call.label}`,
        call.apply(argsOf(valid)),
        invoke,
        contract,
      );
    }
    for (const call of contract.calls?.() ?? []) {
      await this.exitCodeCall(`${prefix} ${call.label}`, call.args(), invoke, contract);
    }
  }

  /** The valid call, then every hostile variant of it. */
  async callsOf(
    prefix: string,
    valid: HostileArgs,
    invoke: (args: readonly unknown[]) => unknown,
    predicate: boolean,
    trueFor?: (args: readonly unknown[]) => boolean,
    arity?: number,
    checked?: (result: unknown) => unknown,
  ): Promise<void> {
    const validArgs = argsOf(valid);
    const first = await this.call(
      `${prefix}(valid call)`,
      validArgs,
      () => invoke(validArgs),
      'none',
      checked,
    );
    if ('error' in first) {
      this.problems.push(
        `${prefix}: the valid call of the case threw ${describeError(first.error)}`,
      );
    }
    const sampled = sampledValues(this.name + prefix, this.options.runs);
    for (const call of hostileCalls(validArgs, sampled, arity)) {
      await this.variant(prefix, valid, call, invoke, predicate, trueFor, checked);
    }
  }

  private async variant(
    prefix: string,
    valid: HostileArgs,
    call: HostileCall,
    invoke: (args: readonly unknown[]) => unknown,
    predicate: boolean,
    trueFor: ((args: readonly unknown[]) => boolean) | undefined,
    checked: ((result: unknown) => unknown) | undefined,
  ): Promise<void> {
    // A stateful case makes its arguments afresh for every call.
    const args = call.apply(argsOf(valid));
    const mustBeFalse = call.first && trueFor?.(args) !== true;
    const mode = !predicate ? 'none' : mustBeFalse ? 'false' : 'boolean';
    await this.call(`${prefix} ${call.label}`, args, () => invoke(args), mode, checked);
  }
}

async function probeCase(
  probe: Probe,
  name: string,
  exported: unknown,
  testCase: HostileCase,
): Promise<void> {
  if (testCase.kind === 'function') {
    if (typeof exported !== 'function') {
      probe.problems.push(`${name} is a ${typeof exported}, its case says function`);
      return;
    }
    const run = exported as (...values: unknown[]) => unknown;
    if (testCase.exitCode !== undefined) {
      await probe.exitCodeCallsOf(name, testCase.valid, (args) => run(...args), testCase.exitCode);
      return;
    }
    await probe.callsOf(
      name,
      testCase.valid,
      (args) => run(...args),
      testCase.predicate === true,
      testCase.trueFor,
    );
    for (const [method, valid] of Object.entries(testCase.methods ?? {})) {
      await probe.callsOf(
        `${name}()#${method}`,
        valid,
        (args) => {
          const made = run(...argsOf(testCase.valid)) as Record<string, unknown>;
          return (made[method] as (...values: unknown[]) => unknown)(...args);
        },
        false,
      );
    }
    return;
  }
  if (testCase.kind === 'class') {
    const Constructor = exported as new (...values: unknown[]) => Record<string, unknown>;
    await probe.callsOf(name, testCase.valid, (args) => new Constructor(...args), false);
    for (const [method, valid] of Object.entries(testCase.methods ?? {})) {
      await probe.callsOf(
        `${name}#${method}`,
        valid,
        (args) => {
          const instance = new Constructor(...argsOf(testCase.valid));
          return (instance[method] as (...values: unknown[]) => unknown)(...args);
        },
        false,
      );
    }
    return;
  }
  if (testCase.kind === 'value') {
    if (testCase.mutable !== true && !Object.isFrozen(exported)) {
      probe.problems.push(`${name} is not frozen`);
    }
    for (const [method, valid] of Object.entries(testCase.methods ?? {})) {
      const target = exported as Record<string, (...values: unknown[]) => unknown>;
      await probe.callsOf(
        `${name}.${method}`,
        valid,
        (args) => target[method]?.(...args),
        false,
        undefined,
        testCase.arity,
        testCase.outcome,
      );
    }
  }
}

/**
 * Makes every hostile call of one export's case (see {@link HostileCase}) and says what went wrong: a plain
 * `TypeError` or any other uncoded throw, a leaked "undefined"/"NaN"/"[object Object]", a call slower than
 * the limit (timed up to three times), a predicate that threw or answered `true` to a hostile value, a valid call that
 * failed, a constant that is not frozen; for a case with `exitCode`, what breaks its {@link ExitCodeContract}.
 */
export async function probeExport(
  name: string,
  exported: unknown,
  testCase: HostileCase,
  options: HostileSuiteOptions,
): Promise<ProbeResult> {
  const limit = testCase.kind === 'skip' ? undefined : testCase.timeLimitMs;
  const probe = new Probe(name, {
    runs: 24,
    timeLimitMs: 50,
    settleLimitMs: 2_000,
    ...options,
    ...(limit === undefined ? {} : { timeLimitMs: limit }),
  });
  await probeCase(probe, name, exported, testCase);
  return { calls: probe.calls, problems: probe.problems };
}
