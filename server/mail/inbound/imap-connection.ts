import { ImapFlow } from 'imapflow';

/** What it takes to open one mailbox; the password already decrypted. */
export type ImapSettings = {
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  username: string;
  password: string;
};

/** An imapflow client that never logs (its log would carry addresses and subjects). */
export function createImapClient(settings: ImapSettings, options: { timeoutMs?: number } = {}): ImapFlow {
  const timeout = options.timeoutMs ?? 15_000;
  return new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    doSTARTTLS: settings.security === 'starttls' ? true : settings.security === 'none' ? false : undefined,
    auth: { user: settings.username, pass: settings.password },
    logger: false,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: 5 * 60_000,
    disableAutoIdle: true,
  });
}
