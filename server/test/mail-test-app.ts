import type { Config } from '../config.ts';
import type { JobHandler } from '../jobs/job-worker.ts';
import { mailJobHandlers } from '../mail/mail-job-handlers.ts';
import { runDueJobs } from './run-due-jobs.ts';
import { type SmtpSink, startSmtpSink } from './smtp-sink.ts';
import { createTestApp, type TestApp } from './test-app.ts';

export const MAIL_TEST_HOST = 'help.example.org';

export type MailTestApp = TestApp & {
  sink: SmtpSink;
  handlers: Record<string, JobHandler>;
  /** Runs the due mail jobs with the real handlers, as the worker would. */
  runMailJobs: () => Promise<number>;
};

/** The app with SMTP pointed at a real SMTP server on loopback, and the mail job handlers. */
export async function createMailTestApp(overrides: Partial<Config> = {}): Promise<MailTestApp> {
  const sink = await startSmtpSink();
  const t = await createTestApp({
    publicUrl: `https://${MAIL_TEST_HOST}`,
    mailFrom: `Support Hub <hub@${MAIL_TEST_HOST}>`,
    smtp: { host: '127.0.0.1', port: sink.port, isSecure: false, user: undefined, password: undefined },
    ...overrides,
  });
  const handlers = mailJobHandlers({ db: t.db, config: t.config });
  return {
    ...t,
    sink,
    handlers,
    runMailJobs: () => runDueJobs(t.db, handlers),
    close: async () => {
      await t.close();
      await sink.close();
    },
  };
}
