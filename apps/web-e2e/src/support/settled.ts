/**
 * What `read` answers once `done` accepts it, or its last answer after `timeoutMs`: for state the
 * app changes a render or a task after a key press (focus, open panels), so a test reads it when it
 * has settled instead of at once — and still fails, with the value it saw, when it never does.
 */
export async function settled<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
