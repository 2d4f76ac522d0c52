import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TDeferralProposal, TRequestReleaseInfo } from '../../../../shared/release-schemas.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { THelpRequest } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { DeferralItem } from './deferral-item.tsx';
import { ReleaseStatusBadge } from './release-badges.tsx';
import { releasePaths } from './release-paths.ts';

type Props = { request: THelpRequest; onChanged: () => void };

function CodeChangeForm({
  request,
  info,
  onSaved,
}: {
  request: THelpRequest;
  info: TRequestReleaseInfo;
  onSaved: (next: TRequestReleaseInfo) => void;
}) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(info.codeChangeUrl ?? '');
  const [releaseId, setReleaseId] = useState(info.release?.id ?? '');
  const save = useAction(() =>
    api.put<TRequestReleaseInfo>(`/api/requests/${request.id}/code-change`, {
      codeChangeUrl: url.trim() || null,
      releaseId: releaseId || null,
    }),
  );
  const errors = fieldErrorsOf(save.error);
  const isShippedOrDeferred = info.release !== null && !info.openReleases.some((r) => r.id === info.release?.id);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await save.run();
    if (outcome.ok) onSaved(outcome.value);
  };
  return (
    <form onSubmit={onSubmit} noValidate data-testid="code-change-form">
      <ErrorAlert error={save.error} shownFields={['codeChangeUrl', 'releaseId']} />
      <TextField
        id="code-change-url"
        type="url"
        label={t('releases.panel.codeChangeUrl')}
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        placeholder="https://github.com/…/pull/42"
        errorName="codeChangeUrl"
        error={errors.codeChangeUrl}
        data-testid="code-change-url"
      />
      {isShippedOrDeferred ? null : (
        <SelectField
          id="code-change-release"
          label={t('releases.panel.release')}
          value={releaseId}
          onChange={(event) => setReleaseId(event.target.value)}
          errorName="releaseId"
          error={errors.releaseId}
          data-testid="code-change-release"
        >
          <option value="">{t('releases.panel.noRelease')}</option>
          {info.openReleases.map((release) => (
            <option key={release.id} value={release.id}>
              {release.version} · {t(`releases.status.${release.status}`)} · {release.plannedDate}
            </option>
          ))}
        </SelectField>
      )}
      <button type="submit" className="button" disabled={save.isPending} data-testid="code-change-save">
        {t('releases.panel.save')}
      </button>
    </form>
  );
}

function ProposeDeferralForm({
  request,
  info,
  onProposed,
}: {
  request: THelpRequest;
  info: TRequestReleaseInfo;
  onProposed: () => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [releaseId, setReleaseId] = useState(info.openReleases[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const propose = useAction(() => api.post<TDeferralProposal>(`/api/requests/${request.id}/deferrals`, { releaseId, reason }));
  const errors = fieldErrorsOf(propose.error);
  if (info.openReleases.length === 0) return <p className="muted">{t('releases.panel.noOpenRelease')}</p>;
  if (!isOpen) {
    return (
      <button type="button" className="button" onClick={() => setIsOpen(true)} data-testid="deferral-propose-open">
        {t('releases.panel.propose')}
      </button>
    );
  }
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await propose.run()).ok) {
      setIsOpen(false);
      setReason('');
      onProposed();
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate data-testid="deferral-propose-form">
      <h3>{t('releases.panel.proposeTitle')}</h3>
      <ErrorAlert error={propose.error} shownFields={['releaseId', 'reason']} />
      <SelectField
        id="deferral-release"
        label={t('releases.panel.targetRelease')}
        value={releaseId}
        onChange={(event) => setReleaseId(event.target.value)}
        errorName="releaseId"
        error={errors.releaseId}
        data-testid="deferral-release"
      >
        {info.openReleases.map((release) => (
          <option key={release.id} value={release.id}>
            {release.version} · {t(`releases.status.${release.status}`)} · {release.plannedDate}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="deferral-reason"
        label={t('releases.panel.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        rows={3}
        dir="auto"
        errorName="reason"
        error={errors.reason}
        data-testid="deferral-reason"
      />
      <div className="deferral__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={propose.isPending}
          data-testid="deferral-propose-submit"
        >
          {t('releases.panel.send')}
        </button>
        <button type="button" className="button" onClick={() => setIsOpen(false)}>
          {t('releases.editor.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The request's code change, the release carrying it, and its deferral proposals with the caller's actions. */
export function RequestReleasePanel({ request, onChanged }: Props) {
  const { t } = useTranslation();
  const info = useApiData<TRequestReleaseInfo>(`/api/requests/${request.id}/release`);
  const { reload } = info;
  const seenUpdatedAt = useRef(request.updatedAt);
  useEffect(() => {
    if (seenUpdatedAt.current === request.updatedAt) return;
    seenUpdatedAt.current = request.updatedAt;
    reload();
  }, [request.updatedAt, reload]);
  const data = info.data;
  if (!data) return info.error ? <ErrorAlert error={info.error} /> : null;
  const hasPending = data.deferrals.some((proposal) => proposal.status === 'pending');
  const isEmpty = !data.release && !data.codeChangeUrl && data.deferrals.length === 0;
  if (isEmpty && !data.abilities.setCodeChange && !data.abilities.proposeDeferral) return null;
  const changed = () => {
    reload();
    onChanged();
  };

  return (
    <section className="panel" aria-labelledby="request-release-title" data-testid="request-release">
      <h2 id="request-release-title">{t('releases.panel.title')}</h2>
      <dl className="details">
        <div className="details__row">
          <dt>{t('releases.panel.codeChange')}</dt>
          <dd data-testid="request-code-change">
            {data.codeChangeUrl ? (
              <a href={data.codeChangeUrl} target="_blank" rel="noopener noreferrer">
                {data.codeChangeUrl}
              </a>
            ) : (
              <span className="muted">{t('releases.panel.none')}</span>
            )}
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('releases.panel.release')}</dt>
          <dd data-testid="request-release-version">
            {data.release ? (
              <>
                <Link to={releasePaths.detail(data.release.id)}>{data.release.version}</Link>{' '}
                <ReleaseStatusBadge status={data.release.status} />
              </>
            ) : (
              <span className="muted">{t('releases.panel.none')}</span>
            )}
          </dd>
        </div>
      </dl>
      {data.abilities.setCodeChange ? (
        <CodeChangeForm
          key={`${data.release?.id ?? ''}|${data.codeChangeUrl ?? ''}`}
          request={request}
          info={data}
          onSaved={(next) => {
            info.setData(next);
            onChanged();
          }}
        />
      ) : null}
      {data.deferrals.length > 0 ? (
        <>
          <h3>{t('releases.panel.deferrals')}</h3>
          {data.deferrals.map((proposal) => (
            <DeferralItem key={proposal.id} proposal={proposal} onDecided={changed} />
          ))}
        </>
      ) : null}
      {data.abilities.proposeDeferral && !hasPending && request.status !== 'deferred' ? (
        <ProposeDeferralForm request={request} info={data} onProposed={changed} />
      ) : null}
    </section>
  );
}
