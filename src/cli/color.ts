/**
 * The color decision, made once: --color/--no-color, then NO_COLOR (non-empty), then FORCE_COLOR, then whether
 * stdout is a terminal. chalk 5 reads neither NO_COLOR nor our flags, so one Chalk instance is built from this.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export type Level = 0 | 1 | 2 | 3;

export function colorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): Level {
  if (flag === false) return 0;
  const depth = (): Level => (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : /256/.test(env.TERM ?? '') ? 2 : 1);
  if (flag === true) return depth();
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '' || force === 'true' || force === '1') return 1;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  return depth();
}

export function makeChalk(level: Level): ChalkInstance {
  return new Chalk({ level });
}
