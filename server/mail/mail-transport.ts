import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Config } from '../config.ts';

/** Hands one finished message to SMTP or the outbox folder; resolves with what the other side said. */
export type MailTransport = {
  kind: 'smtp' | 'outbox';
  send: (message: SendMailOptions, fileName: string) => Promise<string>;
  close: () => void;
};

function smtpTransport(smtp: NonNullable<Config['smtp']>): MailTransport {
  const transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.isSecure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    kind: 'smtp',
    send: async (message) => {
      const info = await transporter.sendMail(message);
      return info.response;
    },
    close: () => transporter.close(),
  };
}

/** Without SMTP, each message is written as an .eml file (raw RFC 822) to DATA_DIR/outbox. */
function outboxTransport(folder: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    kind: 'outbox',
    send: async (message, fileName) => {
      const info = await transporter.sendMail(message);
      await mkdir(folder, { recursive: true });
      const target = path.join(folder, fileName);
      // Written whole, then renamed, so a reader never sees half a message.
      await writeFile(`${target}.partial`, info.message);
      await rename(`${target}.partial`, target);
      return `written to ${path.join('outbox', fileName)}`;
    },
    close: () => transporter.close(),
  };
}

export function createMailTransport(config: Pick<Config, 'smtp' | 'dataDir'>): MailTransport {
  return config.smtp ? smtpTransport(config.smtp) : outboxTransport(path.join(config.dataDir, 'outbox'));
}
