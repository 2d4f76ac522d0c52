import type { TFunction } from 'i18next';
import type { OutboxItem } from './outbox-db.ts';

/** "Comment on SLE-0042": what a queued change is, for the lists that show it. */
export function describeOutboxItem(t: TFunction, item: OutboxItem): string {
  // A comment on a request not yet sent has no reference: name the request by its summary.
  const reference = item.display.reference ?? (item.display.summary ? `“${item.display.summary}”` : '…');
  switch (item.change.kind) {
    case 'create_request':
      return t('offline.whatRequest', { summary: item.display.summary ?? item.change.input.summary });
    case 'comment':
      return t('offline.whatComment', { reference });
    case 'update_request':
      return t('offline.whatChange', { reference });
  }
}
