import packageJson from '../package.json' with { type: 'json' };

/**
 * The version of `@khuyencong/cli`, from its package.json.
 *
 * @category CLI
 * @example
 * ```ts
 * import { VERSION } from '@khuyencong/cli';
 * /^\d+\.\d+\.\d+/.test(VERSION)
 * //=> true
 * ```
 */
export const VERSION: string = packageJson.version;
