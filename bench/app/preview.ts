import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface Preview {
  url: string;
  stop: () => void;
}

/** `vite preview` of one build on a free port (asked of the OS), so runs beside other servers do not clash. */
export async function preview(outDir: string): Promise<Preview> {
  const port = await freePort();
  const child = spawn('node_modules/.bin/vite', ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  // Its own process group: stopping it stops whatever vite started, and nothing else.
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch { /* already gone */ }
  };
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitFor(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}
