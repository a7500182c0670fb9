import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { TimedOut } from './timeout.ts';

/**
 * `ATLAS_SEEDS=<seeds> vite build --outDir <outDir>`, as a user would build another corpus; resolves with
 * the wall time in ms. Vite runs in its own process group so a build past the deadline is stopped whole.
 */
export function build(seeds: string, outDir: string, timeoutSeconds: number): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      env: { ...process.env, ATLAS_SEEDS: seeds },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new TimedOut(timeoutSeconds));
    }, timeoutSeconds * 1000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(performance.now() - start);
      else reject(new Error(`vite build exited with ${code}: ${stderr.slice(-2000)}`));
    });
  });
}
