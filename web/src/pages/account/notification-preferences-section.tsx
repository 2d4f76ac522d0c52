import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import {
  DELIVERY_MODES,
  type DeliveryMode,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type TNotificationPreferences,
} from '../../api/mail-types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { SelectField } from '../../components/fields.tsx';

type Preferences = Record<NotificationKind, DeliveryMode>;

const isDeliveryMode = (value: string): value is DeliveryMode => (DELIVERY_MODES as readonly string[]).includes(value);
const PATH = '/api/me/notification-preferences';

/** Account → Notifications: for each kind of event, e-mail right away, in the daily summary, or not at all. */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const stored = useApiData<TNotificationPreferences>(PATH);
  const [draft, setDraft] = useState<Preferences | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const save = useAction((preferences: Preferences) => api.put<TNotificationPreferences>(PATH, { preferences }));
  const current = draft ?? stored.data?.preferences ?? null;

  const onChange = (kind: NotificationKind, mode: string) => {
    if (!current || !isDeliveryMode(mode)) return;
    setIsSaved(false);
    setDraft({ ...current, [kind]: mode });
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!current) return;
    const result = await save.run(current);
    if (!result.ok) return;
    stored.setData(result.value);
    setDraft(null);
    setIsSaved(true);
  };

  return (
    <section id="notifications" aria-labelledby="notifications-title" data-testid="notification-preferences">
      <h2 id="notifications-title">{t('mail.preferences.title')}</h2>
      <p className="muted">{t('mail.preferences.intro')}</p>
      <ErrorAlert error={stored.error ?? save.error} />
      {current ? (
        <form className="form" onSubmit={onSubmit} noValidate>
          {NOTIFICATION_KINDS.map((kind) => (
            <SelectField
              key={kind}
              id={`notification-${kind}`}
              label={t(`mail.kinds.${kind}`)}
              value={current[kind]}
              onChange={(event) => onChange(kind, event.target.value)}
              data-testid={`notification-pref-${kind}`}
            >
              {DELIVERY_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`mail.modes.${mode}`)}
                </option>
              ))}
            </SelectField>
          ))}
          {isSaved ? (
            <div className="alert alert--success" role="status" data-testid="notification-prefs-saved">
              {t('mail.preferences.saved')}
            </div>
          ) : null}
          <button
            type="submit"
            className="button button--primary"
            disabled={save.isPending || !draft}
            data-testid="notification-prefs-save"
          >
            {t('mail.preferences.save')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
