// Runs the server in its own thread, so the benchmark's HTTP clients do not share its event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/client.ts';
import { startJobWorker } from '../server/jobs/job-worker.ts';
import { registerJobHandlers } from '../server/register/register-job-handlers.ts';

const { databaseUrl, pgliteDir, dataDir } = workerData as { databaseUrl?: string; pgliteDir?: string; dataDir: string };
const handle = await openDatabase({ databaseUrl, dataDir: pgliteDir ?? null, poolSize: 20 });
const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir };
const app = await buildApp({ db: handle.db, config });
// Only the import's apply job: the follow-ups it queues (duplicate and SLA checks) wait, so they do not skew the figures.
const worker = startJobWorker({ db: handle.db, handlers: registerJobHandlers({ db: handle.db, config }), pollMs: 200 });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
parentPort?.postMessage({ address });
parentPort?.on('message', async (message: string) => {
  if (message !== 'stop') return;
  await worker.stop();
  await app.close();
  await handle.close();
  parentPort?.postMessage({ stopped: true });
});
