import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOSSIER_FIELDS } from '../../../../../shared/constants.ts';
import { fieldErrorsOf } from '../../../api/api-error.ts';
import { api } from '../../../api/client.ts';
import type { TAttachment, TEscalationRequest, THelpRequest, TSite } from '../../../api/types.ts';
import { useAction } from '../../../api/use-action.ts';
import { useApiData } from '../../../api/use-api-data.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { TextAreaField } from '../../../components/fields.tsx';
import { Modal } from '../../../components/modal.tsx';
import { levelAbove } from '../../../lib/levels.ts';
import { type DossierDraft, dossierPayload, initialDossier } from './dossier-draft.ts';
import { DossierFields } from './dossier-fields.tsx';

type Props = {
  request: THelpRequest;
  onClose: () => void;
  onDone: (updated: THelpRequest) => void;
  /** An attachment uploaded from the dialog also belongs to the request. */
  onUploaded: () => void;
};

const SHOWN_FIELDS = [...DOSSIER_FIELDS, 'screenshotAttachmentIds', 'noScreenshotReason', 'reason', 'tried'];

export function EscalateDialog({ request, onClose, onDone, onUploaded }: Props) {
  const { t } = useTranslation();
  const toLevel = levelAbove(request.level) ?? request.level;
  const needsDossier = toLevel === 3;
  const sites = useApiData<TSite[]>(needsDossier ? '/api/sites' : null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState('');
  const [draft, setDraft] = useState<DossierDraft>(() => initialDossier(request, undefined));
  const [uploaded, setUploaded] = useState<TAttachment[]>([]);
  const [hasSiteDefaults, setHasSiteDefaults] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Sites arrive after the dialog opens: fill version and URL from the site once they do.
  const siteList = sites.data;
  useEffect(() => {
    if (!siteList || hasSiteDefaults) return;
    const site = siteList.find((candidate) => candidate.id === request.siteId);
    const filled = initialDossier(request, site);
    setDraft((current) => ({
      ...current,
      moduleVersion: current.moduleVersion || filled.moduleVersion,
      instanceUrl: current.instanceUrl || filled.instanceUrl,
    }));
    setHasSiteDefaults(true);
  }, [siteList, hasSiteDefaults, request]);

  const escalate = useAction(() => {
    const body: TEscalationRequest = { toLevel, reason, tried };
    if (needsDossier) body.dossier = dossierPayload(draft);
    return api.post<THelpRequest>(`/api/requests/${request.id}/escalations`, body);
  });
  const errors = fieldErrorsOf(escalate.error);
  const dossierErrors = fieldErrorsOf(escalate.error, 'dossier');

  // Take the user to the first field the server refused.
  useEffect(() => {
    if (!escalate.error) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid input')?.focus();
  }, [escalate.error]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await escalate.run();
    if (result.ok) onDone(result.value);
  };

  const attachments = [
    ...request.attachments,
    ...uploaded.filter((item) => !request.attachments.some((existing) => existing.id === item.id)),
  ];

  return (
    <Modal title={t('escalate.title', { level: toLevel })} onClose={onClose} testId="escalation-dialog" wide={needsDossier}>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <p className="muted">{needsDossier ? t('escalate.introL3') : t('escalate.intro')}</p>
        <TextAreaField
          id="escalation-reason"
          label={t('escalate.reason')}
          rows={3}
          value={reason}
          required
          onChange={(event) => setReason(event.target.value)}
          errorName="reason"
          error={errors.reason}
          data-testid="escalation-reason"
        />
        <TextAreaField
          id="escalation-tried"
          label={t('escalate.tried')}
          rows={3}
          value={tried}
          required
          onChange={(event) => setTried(event.target.value)}
          errorName="tried"
          error={errors.tried}
          data-testid="escalation-tried"
        />
        {needsDossier ? (
          <DossierFields
            requestId={request.id}
            draft={draft}
            onChange={setDraft}
            sites={sites.data ?? []}
            attachments={attachments}
            onUploaded={(attachment) => {
              setUploaded((current) => [...current, attachment]);
              onUploaded();
            }}
            errors={dossierErrors}
          />
        ) : null}
        <ErrorAlert error={escalate.error} shownFields={SHOWN_FIELDS} prefix="dossier" />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={escalate.isPending} data-testid="escalation-submit">
            {t('escalate.submit', { level: toLevel })}
          </button>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
