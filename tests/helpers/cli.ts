// Runs the built CLI as a user would: a child process of bin/tarikh.js.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './data.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function tarikh(args: string[], opts: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: '100', ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tarikh.js'), ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
