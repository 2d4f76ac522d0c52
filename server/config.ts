import path from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  DEMO_PASSWORD: z.string().min(8).default('support-hub-demo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  MAX_ATTACHMENT_MB: z.coerce.number().min(1).max(100).default(10),
  MAX_IMPORT_MB: z.coerce.number().min(1).max(200).default(25),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_HOST: optionalText,
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_SECURE: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: optionalText,
  MAIL_FROM: optionalText,
  SECRET_KEY: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DUPLICATE_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  DUPLICATE_MIN_SIMILARITY: z.coerce.number().min(0.05).max(1).default(0.4),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  OUTBOX_FAILED_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
});

/** SMTP delivery; with none configured, mail is written to DATA_DIR/outbox as .eml files. */
export type SmtpConfig = {
  host: string;
  port: number;
  isSecure: boolean;
  user: string | undefined;
  password: string | undefined;
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  seedDemo: boolean;
  demoPassword: string;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  sessionDays: number;
  cookieSecure: 'true' | 'false' | 'auto';
  maxAttachmentBytes: number;
  /** Largest spreadsheet accepted by the register import. */
  maxImportBytes: number;
  publicUrl: string | undefined;
  smtp: SmtpConfig | null;
  /** The From of every notification, e.g. `Support Hub <support@example.org>`. */
  mailFrom: string;
  /** Signs unsubscribe links; when unset, one is generated once and kept in the database. */
  secretKey: string | undefined;
  /** Possible duplicates: same reporter, summaries at least this similar (pg_trgm), within this many days. */
  duplicates: { windowDays: number; minSimilarity: number };
  /**
   * How many days sent (and suppressed) mail stays in the outbox table and folder, and failed mail,
   * kept longer so an admin can still see why and retry it. Queued mail is never pruned.
   */
  outboxRetention: { sentDays: number; failedDays: number };
};

function smtpConfig(e: z.infer<typeof ZEnv>): SmtpConfig | null {
  if (!e.SMTP_HOST) return null;
  return {
    host: e.SMTP_HOST,
    port: e.SMTP_PORT ?? (e.SMTP_SECURE ? 465 : 587),
    isSecure: e.SMTP_SECURE,
    user: e.SMTP_USER,
    password: e.SMTP_PASSWORD,
  };
}

/** The only reader of process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    seedDemo: e.SEED_DEMO,
    demoPassword: e.DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
    sessionDays: e.SESSION_DAYS,
    cookieSecure: e.COOKIE_SECURE,
    maxAttachmentBytes: Math.round(e.MAX_ATTACHMENT_MB * 1024 * 1024),
    maxImportBytes: Math.round(e.MAX_IMPORT_MB * 1024 * 1024),
    publicUrl: e.PUBLIC_URL,
    smtp: smtpConfig(e),
    mailFrom: e.MAIL_FROM ?? `Support Hub <support-hub@${e.PUBLIC_URL ? new URL(e.PUBLIC_URL).hostname : 'support-hub.local'}>`,
    secretKey: e.SECRET_KEY,
    duplicates: { windowDays: e.DUPLICATE_WINDOW_DAYS, minSimilarity: e.DUPLICATE_MIN_SIMILARITY },
    outboxRetention: { sentDays: e.OUTBOX_RETENTION_DAYS, failedDays: e.OUTBOX_FAILED_RETENTION_DAYS },
  };
}
