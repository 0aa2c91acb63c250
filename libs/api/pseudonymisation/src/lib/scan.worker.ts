/**
 * The detector in a worker thread (see scan-pool.ts): one message in, `{ id, texts }`, one out,
 * `{ id, findings }` with a list of findings per text. Bundled on its own as `scan-worker.js`
 * beside main.js (apps/api/webpack.config.js).
 */
import { parentPort } from 'node:worker_threads';
import { scan } from '@leidraad/shared/pseudonymisation';

if (!parentPort) throw new Error('scan.worker runs only as a worker thread');
const port = parentPort;
// Decode the word lists and warm the JIT before the first request is timed.
scan('Beller maakt zich zorgen om zijn broer Pieter (34), bereikbaar op 06-12345678.');
port.on('message', ({ id, texts }: { id: number; texts: string[] }) => {
  port.postMessage({ id, findings: texts.map((text) => scan(text)) });
});
port.postMessage({ ready: true });
