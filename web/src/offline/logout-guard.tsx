import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/auth-context.tsx';
import { Modal } from '../components/modal.tsx';
import type { OutboxItem } from './outbox-db.ts';
import { offlineDb } from './outbox-db.ts';
import { announceOutboxChanged } from './outbox-events.ts';

type Props = { pending: OutboxItem[]; onCancel: () => void; onLogout: () => void };

/** Asked before signing out with changes not yet sent: keep them for this person, or discard them. */
export function LogoutGuard({ pending, onCancel, onLogout }: Props) {
  const { t } = useTranslation();
  const { user } = useMe();
  const discardAndLogout = async () => {
    const db = await offlineDb();
    const tx = db.transaction('outbox', 'readwrite');
    await Promise.all(pending.filter((item) => item.userId === user.id).map((item) => tx.store.delete(item.clientId)));
    await tx.done;
    announceOutboxChanged();
    onLogout();
  };
  return (
    <Modal title={t('offline.logoutTitle')} onClose={onCancel} testId="logout-guard">
      <p>{t('offline.logoutBody', { count: pending.length })}</p>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onCancel} data-testid="logout-guard-stay">
          {t('offline.logoutStay')}
        </button>
        <button type="button" className="button" onClick={onLogout} data-testid="logout-guard-keep">
          {t('offline.logoutKeep')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => void discardAndLogout()}
          data-testid="logout-guard-discard"
        >
          {t('offline.logoutDiscard')}
        </button>
      </div>
    </Modal>
  );
}
