import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { slaApi, type TSiteCalendar } from './sla-api.ts';

type Props = { calendar: TSiteCalendar; onSaved: (calendar: TSiteCalendar) => void; onCancel: () => void };

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const formatHours = (hours: TSiteCalendar['hours']) => hours.map((period) => `${period.start}-${period.end}`).join(', ');
const parseHours = (text: string) =>
  text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [start = '', end = ''] = part.split(/\s*[-–]\s*/);
      return { start, end };
    });

/** One site's working days, hours, holidays and time zone. */
export function SiteCalendarForm({ calendar, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [timeZone, setTimeZone] = useState(calendar.timeZone);
  const [days, setDays] = useState<number[]>(calendar.workingDays);
  const [hours, setHours] = useState(formatHours(calendar.hours));
  const [holidays, setHolidays] = useState(calendar.holidays.join('\n'));
  const save = useAction(() =>
    slaApi.saveCalendar(calendar.siteId, {
      timeZone,
      workingDays: days,
      hours: parseHours(hours),
      holidays: holidays
        .split(/\s+/)
        .map((value) => value.trim())
        .filter(Boolean),
    }),
  );
  const prefix = `calendar-${calendar.siteId}`;
  return (
    <form
      className="form calendar-form"
      data-testid="calendar-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const outcome = await save.run();
        if (outcome.ok) onSaved(outcome.value);
      }}
    >
      <ErrorAlert error={save.error} />
      <div className="field">
        <label htmlFor={`${prefix}-zone`}>{t('sla.admin.timeZone')}</label>
        <input
          id={`${prefix}-zone`}
          value={timeZone}
          data-testid="calendar-time-zone"
          onChange={(event) => setTimeZone(event.target.value)}
        />
      </div>
      <fieldset className="field">
        <legend>{t('sla.admin.workingDays')}</legend>
        {DAYS.map((day) => (
          <label key={day} className="checkbox">
            <input
              type="checkbox"
              checked={days.includes(day)}
              data-testid={`calendar-day-${day}`}
              onChange={(event) =>
                setDays((current) => (event.target.checked ? [...current, day] : current.filter((d) => d !== day)))
              }
            />
            <span>{t(`sla.admin.days.${day}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${prefix}-hours`}>{t('sla.admin.hours')}</label>
        <input
          id={`${prefix}-hours`}
          value={hours}
          dir="ltr"
          aria-describedby={`${prefix}-hours-help`}
          data-testid="calendar-hours"
          onChange={(event) => setHours(event.target.value)}
        />
        <p id={`${prefix}-hours-help`} className="muted">
          {t('sla.admin.hoursHelp')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-holidays`}>{t('sla.admin.holidays')}</label>
        <textarea
          id={`${prefix}-holidays`}
          rows={4}
          dir="ltr"
          value={holidays}
          aria-describedby={`${prefix}-holidays-help`}
          data-testid="calendar-holidays"
          onChange={(event) => setHolidays(event.target.value)}
        />
        <p id={`${prefix}-holidays-help`} className="muted">
          {t('sla.admin.holidaysHelp')}
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="calendar-save">
          {t('sla.admin.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('sla.admin.cancel')}
        </button>
      </div>
    </form>
  );
}
