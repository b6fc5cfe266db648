import * as z from 'zod/mini';
import * as core from 'zod/v4/core';
import { useDefaultLocale } from './useDefaultLocale';

/**
 * @internal What a model definition builds its schema with: the object constructor of its mode (strict
 * objects reject unknown keys, the others strip them) and the schemas of the other models in that mode.
 */
export interface ModelBuild {
  /** Whether unknown keys are rejected. */
  readonly strict: boolean;
  /** An object schema of this mode. */
  object<S extends z.core.$ZodLooseShape>(
    shape: S,
  ): ReturnType<typeof z.strictObject<S>> | ReturnType<typeof z.object<S>>;
  /** The schema of another model (or shared part), in this mode, built once. */
  use<T>(model: Model<T>): T;
}

/**
 * @internal One model's schema definition. Each is its own function, so that a bundle keeps only the
 * definitions of the schemas it uses (certificateValidity does not carry the project schema).
 */
export type Model<T> = (build: ModelBuild) => T;

type Init = (inst: z.ZodMiniObject, def: core.$ZodObjectDef) => void;
/**
 * A zod/mini object schema that parses with zod's generated object parser (`$ZodObjectJIT`, what classic
 * zod's objects use) instead of zod/mini's interpreted one: the same issues, about twice as fast on data zod
 * has to walk (a rejected row, and every row before `compileWhenHot` compiles the project schema). It falls
 * back to the interpreter under `z.config({ jitless: true })`, like classic zod.
 */
const FastObject: core.$constructor<z.ZodMiniObject> = /* @__PURE__ */ core.$constructor(
  'KhuyenCongObject',
  (inst, def) => {
    (core.$ZodObjectJIT.init as Init)(inst, def);
    (z.ZodMiniType.init as Init)(inst, def);
  },
);

const modes = /* @__PURE__ */ new Map<boolean, ModelBuild>();

function modeOf(strict: boolean): ModelBuild {
  let mode = modes.get(strict);
  if (mode === undefined) {
    useDefaultLocale();
    const built = new Map<Model<unknown>, unknown>();
    const build: ModelBuild = {
      strict,
      object: <S extends z.core.$ZodLooseShape>(shape: S) =>
        new FastObject({
          type: 'object',
          shape,
          ...(strict ? { catchall: z.never() } : {}),
        }) as unknown as ReturnType<typeof z.strictObject<S>>,
      use: <T>(model: Model<T>): T => {
        if (!built.has(model)) built.set(model, model(build));
        return built.get(model) as T;
      },
    };
    mode = build;
    modes.set(strict, mode);
  }
  return mode;
}

/**
 * @internal The schema of a model in a mode (strict by default), built on first use and shared afterwards: a
 * module-level `/* @__PURE__ *\/ modelSchema(certificateModel)` is a call a bundler drops when unused.
 */
/* @__NO_SIDE_EFFECTS__ */
export function modelSchema<T>(model: Model<T>, strict = true): T {
  return modeOf(strict).use(model);
}
