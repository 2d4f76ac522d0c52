import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DossierField, MODULES } from '../../../../../shared/constants.ts';
import type { TAttachment, TSite } from '../../../api/types.ts';
import { useAction } from '../../../api/use-action.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FieldError, SelectField, TextAreaField, TextField } from '../../../components/fields.tsx';
import { ATTACHMENT_ACCEPT, attachmentProblem, uploadAttachment } from '../attachment-upload.ts';
import { type DossierDraft, siteDefaults } from './dossier-draft.ts';

type Props = {
  requestId: string;
  draft: DossierDraft;
  onChange: (draft: DossierDraft) => void;
  sites: TSite[];
  attachments: TAttachment[];
  onUploaded: (attachment: TAttachment) => void;
  errors: Record<string, string>;
};

const LONG_FIELDS: readonly DossierField[] = ['description', 'stepsToReproduce', 'expectedResult', 'actualResult'];
const TEXT_FIELDS: readonly DossierField[] = [
  'title',
  'description',
  'moduleVersion',
  'instanceUrl',
  'impactedUsers',
  'impactedRoles',
  'browser',
  'operatingSystem',
  'stepsToReproduce',
  'expectedResult',
  'actualResult',
];

/** The level-3 dossier: every field the vendor team needs, each error shown at its input. */
export function DossierFields({ requestId, draft, onChange, sites, attachments, onUploaded, errors }: Props) {
  const { t } = useTranslation();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const upload = useAction((file: File) => uploadAttachment(requestId, file));
  const set = (field: DossierField, value: string) => onChange({ ...draft, [field]: value });
  const site = sites.find((candidate) => candidate.id === draft.siteId);

  const onSiteOrModule = (changes: { siteId?: string; module?: string }) => {
    const siteId = changes.siteId ?? draft.siteId;
    const module = changes.module ?? draft.module;
    const chosen = sites.find((candidate) => candidate.id === siteId);
    onChange({ ...draft, siteId, module, ...siteDefaults(chosen, module) });
  };

  const toggleScreenshot = (id: string, isChecked: boolean) => {
    const ids = draft.screenshotAttachmentIds.filter((item) => item !== id);
    onChange({ ...draft, screenshotAttachmentIds: isChecked ? [...ids, id] : ids });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const problem = attachmentProblem(file);
    setFileProblem(problem ? t(`attachments.${problem}`) : null);
    if (problem) return;
    const result = await upload.run(file);
    input.value = '';
    if (!result.ok) return;
    onUploaded(result.value);
    onChange({
      ...draft,
      screenshotAttachmentIds: [...draft.screenshotAttachmentIds, result.value.id],
    });
  };

  return (
    <fieldset className="dossier-form">
      <legend>{t('request.dossier')}</legend>
      <p className="field-hint">{t('escalate.dossierHint')}</p>
      <div className="form__row">
        <SelectField
          id="dossier-module"
          label={t('dossier.module')}
          value={draft.module}
          onChange={(event) => onSiteOrModule({ module: event.target.value })}
          errorName="module"
          error={errors.module}
        >
          {MODULES.map((option) => (
            <option key={option} value={option}>
              {t(`module.${option}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="dossier-siteId"
          label={t('dossier.siteId')}
          value={draft.siteId}
          onChange={(event) => onSiteOrModule({ siteId: event.target.value })}
          errorName="siteId"
          error={errors.siteId}
        >
          {site ? null : <option value={draft.siteId}>{draft.siteId || t('common.none')}</option>}
          {sites.map((option) => (
            <option key={option.id} value={option.id}>
              {option.code} · {option.name} ({option.country})
            </option>
          ))}
        </SelectField>
      </div>
      {TEXT_FIELDS.map((field) =>
        LONG_FIELDS.includes(field) ? (
          <TextAreaField
            key={field}
            id={`dossier-${field}`}
            label={t(`dossier.${field}`)}
            rows={field === 'description' || field === 'stepsToReproduce' ? 5 : 3}
            value={draft[field]}
            onChange={(event) => set(field, event.target.value)}
            required
            errorName={field}
            error={errors[field]}
          />
        ) : (
          <TextField
            key={field}
            id={`dossier-${field}`}
            label={t(`dossier.${field}`)}
            type={field === 'instanceUrl' ? 'url' : 'text'}
            hint={field === 'browser' ? t('dossier.browserHint') : undefined}
            value={draft[field]}
            onChange={(event) => set(field, event.target.value)}
            required
            errorName={field}
            error={errors[field]}
          />
        ),
      )}
      <fieldset
        className={errors.screenshotAttachmentIds ? 'field field--invalid' : 'field'}
        aria-describedby="dossier-screenshots-hint"
      >
        <legend>{t('dossier.screenshotAttachmentIds')}</legend>
        <p className="field-hint" id="dossier-screenshots-hint">
          {t('dossier.screenshotsHint')}
        </p>
        {attachments.length ? (
          <div className="checkbox-group__options checkbox-group__options--stacked">
            {attachments.map((attachment) => (
              <label key={attachment.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.screenshotAttachmentIds.includes(attachment.id)}
                  onChange={(event) => toggleScreenshot(attachment.id, event.target.checked)}
                  data-testid="screenshot-option"
                />
                <span>{attachment.fileName}</span>
              </label>
            ))}
          </div>
        ) : (
          <p className="muted">{t('attachments.none')}</p>
        )}
        <FieldError name="screenshotAttachmentIds" message={errors.screenshotAttachmentIds} />
        <div className="field">
          <label htmlFor="dossier-upload">{t('dossier.uploadScreenshot')}</label>
          <input
            id="dossier-upload"
            type="file"
            accept={ATTACHMENT_ACCEPT}
            disabled={upload.isPending}
            onChange={(event) => void onFile(event)}
            data-testid="escalation-upload"
          />
          {upload.isPending ? <p role="status">{t('attachments.uploading')}</p> : null}
          <FieldError name="file" message={fileProblem ?? undefined} />
          <ErrorAlert error={upload.error} />
        </div>
      </fieldset>
      <TextAreaField
        id="dossier-noScreenshotReason"
        label={t('dossier.noScreenshotReason')}
        hint={t('dossier.noScreenshotHint')}
        rows={2}
        value={draft.noScreenshotReason}
        onChange={(event) => onChange({ ...draft, noScreenshotReason: event.target.value })}
        errorName="noScreenshotReason"
        error={errors.noScreenshotReason}
      />
    </fieldset>
  );
}
