import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { TextAreaField, TextField } from '../../components/fields.tsx';
import { isoToUtcInput, utcInputToIso } from './notice-window.tsx';
import { noticesApi, type TNotice } from './notices-api.ts';

/** The relay form: one per site the reader may pass the notice on for, with their local words. */
export function RelayForm({ notice, siteId, hop, onDone }: { notice: TNotice; siteId: string; hop: string; onDone: () => void }) {
  const { t } = useTranslation();
  const site = notice.sites.find((candidate) => candidate.id === siteId);
  const [localWords, setLocalWords] = useState('');
  const [reached, setReached] = useState<number | null>(null);
  const relay = useAction(noticesApi.relay);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await relay.run(notice.id, { siteId, localWords: localWords || undefined });
    if (!result.ok) return;
    setReached(result.value.reached);
    onDone();
  };
  return (
    <form
      className="form panel"
      onSubmit={(event) => void onSubmit(event)}
      data-testid="notice-relay-form"
      data-site={site?.code}
    >
      <h3>{t(`notices.relay.to.${hop === 'site_admin' ? 'site_admin' : 'coordinator'}`, { site: site?.name ?? '' })}</h3>
      <TextAreaField
        id={`relay-words-${siteId}`}
        label={t('notices.fields.localWords')}
        rows={3}
        value={localWords}
        onChange={(event) => setLocalWords(event.target.value)}
        data-testid="notice-relay-words"
      />
      <ErrorAlert error={relay.error} />
      {reached !== null ? <p role="status">{t('notices.relay.done', { count: reached })}</p> : null}
      <button type="submit" className="button button--primary" disabled={relay.isPending} data-testid="notice-relay-submit">
        {t('notices.relay.title')}
      </button>
    </form>
  );
}

/** The help desk moves the window or cancels; either starts a new round of the cascade. */
export function ChangeNoticeForms({ notice, onDone }: { notice: TNotice; onDone: () => void }) {
  const { t } = useTranslation();
  const [start, setStart] = useState(isoToUtcInput(notice.windowStart));
  const [end, setEnd] = useState(isoToUtcInput(notice.windowEnd));
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const change = useAction(noticesApi.changeWindow);
  const cancel = useAction(noticesApi.cancel);
  const onChange = async (event: FormEvent) => {
    event.preventDefault();
    const result = await change.run(notice.id, {
      windowStart: utcInputToIso(start),
      windowEnd: utcInputToIso(end),
      note: note || undefined,
    });
    if (result.ok) onDone();
  };
  const onCancel = async (event: FormEvent) => {
    event.preventDefault();
    const result = await cancel.run(notice.id, { reason });
    if (result.ok) onDone();
  };
  return (
    <>
      <form className="form panel" onSubmit={(event) => void onChange(event)} data-testid="notice-change-form">
        <h3>{t('notices.change.title')}</h3>
        <div className="form__row">
          <TextField
            id="change-start"
            type="datetime-local"
            label={t('notices.fields.windowStart')}
            value={start}
            onChange={(event) => setStart(event.target.value)}
            required
          />
          <TextField
            id="change-end"
            type="datetime-local"
            label={t('notices.fields.windowEnd')}
            value={end}
            onChange={(event) => setEnd(event.target.value)}
            required
          />
        </div>
        <TextAreaField
          id="change-note"
          label={t('notices.fields.note')}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <ErrorAlert error={change.error} />
        <button type="submit" className="button" disabled={change.isPending} data-testid="notice-change-submit">
          {t('notices.change.submit')}
        </button>
      </form>
      <form className="form panel" onSubmit={(event) => void onCancel(event)} data-testid="notice-cancel-form">
        <h3>{t('notices.cancel.title')}</h3>
        <TextAreaField
          id="cancel-reason"
          label={t('notices.fields.reason')}
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
          data-testid="notice-cancel-reason"
        />
        <ErrorAlert error={cancel.error} />
        <button type="submit" className="button" disabled={cancel.isPending} data-testid="notice-cancel-submit">
          {t('notices.cancel.submit')}
        </button>
      </form>
    </>
  );
}
