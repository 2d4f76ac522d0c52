import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';

export const DOVECOT_BINARY = '/usr/sbin/dovecot';
/** Whether IMAP tests can run; with REQUIRE_IMAP=1 a missing Dovecot fails them instead of skipping. */
export const hasDovecot = existsSync(DOVECOT_BINARY) || process.env.REQUIRE_IMAP === '1';

export type TestImapServer = {
  port: number;
  user: string;
  password: string;
  /** Puts a message into a folder of the test user by IMAP APPEND, as a mail server would deliver it. */
  deliver: (raw: string | Buffer, folder?: string) => Promise<void>;
  /** The flags of every message in a folder, oldest first. */
  flags: (folder?: string) => Promise<string[][]>;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`Dovecot exited with ${child.exitCode}: ${log()}`);
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Dovecot did not listen on ${port}: ${log()}`);
}

/**
 * A real Dovecot IMAP server on loopback, configured from scratch in a temporary folder (no system
 * configuration): its own port, one passwd-file user, Maildir in the folder, run in the foreground
 * and killed by `stop`.
 */
export async function startDovecot(): Promise<TestImapServer> {
  if (!existsSync(DOVECOT_BINARY)) throw new Error(`${DOVECOT_BINARY} is missing: apt-get install dovecot-imapd`);
  const dir = mkdtempSync(path.join(tmpdir(), 'sh-dovecot-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const user = 'intake@example.test';
  const password = 'imap-test-password';
  const isRoot = process.getuid?.() === 0;
  // Dovecot never gives mail access to root: as root the mail belongs to `nobody`.
  const mailUid = isRoot ? 65534 : (process.getuid?.() ?? 1000);
  const mailGid = isRoot ? 65534 : (process.getgid?.() ?? 1000);
  const home = path.join(dir, 'home');
  mkdirSync(home);
  if (isRoot) chownSync(home, mailUid, mailGid);
  const passwd = path.join(dir, 'passwd');
  writeFileSync(passwd, `${user}:{PLAIN}${password}::::::\n`);
  chmodSync(passwd, 0o644);
  const currentUser = process.env.USER || 'root';
  const config = path.join(dir, 'dovecot.conf');
  writeFileSync(
    config,
    `base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = sh-test-${port}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = ${dir}/dovecot.log
first_valid_uid = 1
${isRoot ? '' : `default_internal_user = ${currentUser}\ndefault_login_user = ${currentUser}\n`}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${passwd}
}
userdb {
  driver = static
  args = uid=${mailUid} gid=${mailGid} home=${home}/%u
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
`,
  );
  const child = spawn(DOVECOT_BINARY, ['-F', '-c', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  // A test run that dies (or times out in setup) must not leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  try {
    await waitForPort(port, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  const withClient = async <T>(work: (client: ImapFlow) => Promise<T>): Promise<T> => {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      doSTARTTLS: false,
      auth: { user, pass: password },
      logger: false,
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout();
    }
  };
  return {
    port,
    user,
    password,
    deliver: (raw, folder = 'INBOX') =>
      withClient(async (client) => {
        if (folder !== 'INBOX') await client.mailboxCreate(folder).catch(() => undefined);
        await client.append(folder, typeof raw === 'string' ? Buffer.from(raw) : raw);
      }),
    flags: (folder = 'INBOX') =>
      withClient(async (client) => {
        const lock = await client.getMailboxLock(folder);
        try {
          const messages = await client.fetchAll('1:*', { flags: true }).catch(() => []);
          return messages.map((message) => [...(message.flags ?? [])]);
        } finally {
          lock.release();
        }
      }),
    stop: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
