import type { Config } from '../config.ts';

/** What composing a mail needs from the configuration: where its links point and how they are signed. */
export type MailSettings = Pick<Config, 'publicUrl' | 'port' | 'secretKey'>;

/** The web app's address for links in mail: PUBLIC_URL, or this server on localhost. */
export function appBaseUrl(settings: Pick<Config, 'publicUrl' | 'port'>): string {
  return (settings.publicUrl ?? `http://localhost:${settings.port}`).replace(/\/+$/, '');
}

/** The right-hand side of our Message-IDs: PUBLIC_URL's host, or `support-hub.local`. */
export function mailHost(settings: Pick<Config, 'publicUrl'>): string {
  return settings.publicUrl ? new URL(settings.publicUrl).hostname : 'support-hub.local';
}
