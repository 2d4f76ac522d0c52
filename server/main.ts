import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { startJiraPollSupervisor } from './jira/ensure-jira-polls.ts';
import { jobHandlers } from './jobs/job-handlers.ts';
import { startJobWorker } from './jobs/job-worker.ts';
import { startMailboxPollers } from './mail/inbound/mailbox-poller.ts';
import { scheduleOutboxPrune } from './mail/schedule-outbox-prune.ts';
import { createAttachmentStore } from './requests/attachment-storage.ts';
import { isDatabaseEmpty, seedDemo } from './seed/seed-demo.ts';
import { queueSlaBackfillIfNeeded } from './sla/recompute-sla-clocks.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web client when it is missing or older than its sources (a fresh clone has none). */
export function ensureWebBuilt() {
  const index = path.join(root, 'web', 'dist', 'index.html');
  const sources = [path.join(root, 'web', 'src'), path.join(root, 'shared')];
  const isStale = !existsSync(index) || sources.some((dir) => newestMtime(dir) > statSync(index).mtimeMs);
  if (!isStale) return;
  console.log('Building the web client (first start or changed sources)…');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Building the web client failed');
}

export async function serve(config: Config = loadConfig()) {
  ensureWebBuilt();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await handle.migrate();
  if (config.seedDemo && (await isDatabaseEmpty(handle.db))) {
    await seedDemo({ db: handle.db, password: config.demoPassword, mailSettings: config, log: (line) => console.log(line) });
  }
  await queueSlaBackfillIfNeeded(handle.db);
  const app = await buildApp({ db: handle.db, config });
  await scheduleOutboxPrune(handle.db, new Date());
  const worker = startJobWorker({
    db: handle.db,
    handlers: jobHandlers({ db: handle.db, config }),
    onError: (error) => app.log.error({ err: error }, 'job worker'),
  });
  const jiraPolls = startJiraPollSupervisor({
    db: handle.db,
    onRevived: (vendorTeamIds) => app.log.warn({ vendorTeamIds }, 'jira: queued the missing polls again'),
    onError: (error) => app.log.error({ err: error }, 'jira poll supervisor'),
  });
  const pollers = startMailboxPollers({
    db: handle.db,
    store: createAttachmentStore(config.dataDir),
    config,
    // Only the mailbox and the error: never a message's content or an address.
    onError: (error, mailboxId) =>
      app.log.warn({ mailboxId, err: error instanceof Error ? error.message : String(error) }, 'mailbox'),
  });
  const shutdown = async () => {
    await pollers.stop();
    await jiraPolls.stop();
    await worker.stop();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  const where = handle.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  console.log(`\nSupport Hub is running at ${url}  (database: ${where})`);
  const mailTo = config.smtp
    ? `SMTP ${config.smtp.host}:${config.smtp.port}`
    : `${path.join(config.dataDir, 'outbox')} (no SMTP_HOST)`;
  console.log(`E-mail goes to ${mailTo}`);
  if (config.seedDemo) {
    console.log(`Sign in as admin@demo.test, help_desk@demo.test, coordinator@demo.test, module_coordinator@demo.test,`);
    console.log(`vendor@demo.test, site_admin@demo.test, site_admin2@demo.test or reporter@demo.test`);
    console.log(
      `with the password ${config.demoPassword === 'support-hub-demo' ? 'support-hub-demo' : 'set in DEMO_PASSWORD'}.\n`,
    );
  }
  return app;
}
