import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { SiteCalendarForm } from './site-calendar-form.tsx';
import { slaApi, type TSiteCalendar } from './sla-api.ts';
import { SlaPoliciesSection } from './sla-policies-section.tsx';

/** Admin → SLA: the policies, and each site's business calendar. */
export function SlaTab() {
  const { t } = useTranslation();
  const calendars = useApiData<TSiteCalendar[]>(slaApi.calendarsPath);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="stack">
      <SlaPoliciesSection />
      <section className="panel" aria-labelledby="calendars-title" data-testid="sla-calendars">
        <h2 id="calendars-title">{t('sla.admin.calendarsTitle')}</h2>
        <ErrorAlert error={calendars.error} />
        <ul className="plain-list">
          {(calendars.data ?? []).map((calendar) => (
            <li key={calendar.siteId} className="calendar-item" data-testid="calendar-item" data-site-id={calendar.siteId}>
              <p>
                <strong>{calendar.siteCode}</strong> {calendar.siteName} · {calendar.timeZone} ·{' '}
                {calendar.workingDays.map((day) => t(`sla.admin.days.${day as 1}`)).join(' ')} ·{' '}
                <span dir="ltr">{calendar.hours.map((period) => `${period.start}–${period.end}`).join(', ')}</span>
                {calendar.holidays.length ? ` · ${t('sla.admin.holidays')}: ${calendar.holidays.length}` : ''}
                {calendar.isCustom ? '' : ` (${t('sla.admin.default')})`}{' '}
                {editing !== calendar.siteId ? (
                  <button
                    type="button"
                    className="button button--small"
                    data-testid="calendar-edit"
                    onClick={() => setEditing(calendar.siteId)}
                  >
                    {t('sla.admin.edit')}
                  </button>
                ) : null}
              </p>
              {editing === calendar.siteId ? (
                <SiteCalendarForm
                  calendar={calendar}
                  onCancel={() => setEditing(null)}
                  onSaved={(saved) => {
                    setEditing(null);
                    calendars.setData((calendars.data ?? []).map((entry) => (entry.siteId === saved.siteId ? saved : entry)));
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
