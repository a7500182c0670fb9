/** A step that ran out of time: reported as "> N s (timed out)" instead of hanging the benchmark. */
export class TimedOut extends Error {
  constructor(readonly seconds: number) {
    super(`timed out after ${seconds} s`);
  }
}

/**
 * Races a step against a deadline. Some Playwright calls (mouse moves, evaluate) wait on a page whose main
 * thread may be blocked for minutes and take no timeout of their own; the caller abandons the page after.
 */
export async function withTimeout<T>(seconds: number, step: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(seconds)), seconds * 1000);
  });
  try {
    return await Promise.race([step(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
