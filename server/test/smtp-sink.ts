import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { from: string; to: string[]; raw: string };
/** A reply to give for a recipient instead of accepting it, e.g. `{ code: 451, message: '4.3.0 Try later' }`. */
export type SmtpRejection = { code: number; message: string };

export type SmtpSink = {
  port: number;
  received: ReceivedMail[];
  /** Decides, per RCPT TO, whether to reject; null accepts. */
  rejectRecipient: (address: string) => SmtpRejection | null;
  close: () => Promise<void>;
};

/** A real SMTP server on loopback (the npm `smtp-server`) that keeps every message it accepts. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = { port: 0, received: [], rejectRecipient: () => null, close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const rejection = sink.rejectRecipient(address.address);
      if (!rejection) return callback();
      const error = Object.assign(new Error(rejection.message), { responseCode: rejection.code });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        sink.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.port = (server.server.address() as AddressInfo).port;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
