/** Why talking to a mailbox failed, in words an admin can act on, and a stable code for tests and the UI. */
export type ImapFailure = {
  code: 'dns' | 'refused' | 'timeout' | 'tls' | 'auth' | 'folder' | 'password_unreadable' | 'other';
  message: string;
};

type ErrorFacts = {
  code?: unknown;
  message?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  mailboxMissing?: unknown;
  responseText?: unknown;
  _err?: unknown;
};

const facts = (error: unknown): ErrorFacts => (typeof error === 'object' && error !== null ? (error as ErrorFacts) : {});

/** Classifies an imapflow or socket error; the server's own words are kept, never the password. */
export function describeImapFailure(error: unknown, where: { host: string; port: number; folder?: string }): ImapFailure {
  const outer = facts(error);
  const inner = facts(outer._err);
  const code = String(outer.code ?? inner.code ?? '');
  const text = String(outer.responseText ?? outer.message ?? '');
  const at = `${where.host}:${where.port}`;
  if (outer.authenticationFailed) {
    return { code: 'auth', message: `The server at ${at} refused the user name or password${text ? ` (${text})` : ''}` };
  }
  if (outer.mailboxMissing || code === 'NotFound') {
    return { code: 'folder', message: `The folder “${where.folder ?? ''}” does not exist in this mailbox` };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return { code: 'dns', message: `The host name ${where.host} could not be found (DNS)` };
  if (code === 'ECONNREFUSED') return { code: 'refused', message: `Nothing accepts connections at ${at} (connection refused)` };
  if (/TIMEOUT/i.test(code) || code === 'ETIMEDOUT') return { code: 'timeout', message: `${at} did not answer in time` };
  if (
    outer.tlsFailed ||
    /^ERR_SSL|^ERR_TLS|CERT|SELF_SIGNED|ClosedAfterConnectTLS/.test(code) ||
    /SSL|TLS|certificate/i.test(text)
  ) {
    return {
      code: 'tls',
      message: `The TLS handshake with ${at} failed${text ? `: ${text}` : ''}; check the port and the security setting`,
    };
  }
  return { code: 'other', message: `The mailbox at ${at} could not be read${text ? `: ${text}` : ''}` };
}
