import { useTranslation } from 'react-i18next';
import { DOSSIER_FIELDS } from '../../../../shared/constants.ts';
import type { TDossier, THelpRequest } from '../../api/types.ts';
import { isModule } from '../../lib/enums.ts';

type Props = { dossier: TDossier; request: THelpRequest };

export function DossierView({ dossier, request }: Props) {
  const { t } = useTranslation();
  const display = (field: (typeof DOSSIER_FIELDS)[number], value: string) => {
    if (field === 'module' && isModule(value)) return t(`module.${value}`);
    if (field === 'siteId' && value === request.siteId) return `${request.siteCode} · ${request.siteName}`;
    return value;
  };
  const fileName = (id: string) => request.attachments.find((attachment) => attachment.id === id)?.fileName ?? id;
  const screenshots = dossier.screenshotAttachmentIds ?? [];

  return (
    <section className="panel" aria-labelledby="dossier-title" data-testid="dossier">
      <h2 id="dossier-title">{t('request.dossier')}</h2>
      <dl className="details details--stacked">
        {DOSSIER_FIELDS.filter((field) => dossier[field]).map((field) => (
          <div key={field} className="details__row" data-field={field}>
            <dt>{t(`dossier.${field}`)}</dt>
            <dd className="prewrap" dir="auto">
              {display(field, dossier[field] ?? '')}
            </dd>
          </div>
        ))}
        {screenshots.length ? (
          <div className="details__row" data-field="screenshotAttachmentIds">
            <dt>{t('dossier.screenshotAttachmentIds')}</dt>
            <dd>
              <ul className="plain-list">
                {screenshots.map((id) => (
                  <li key={id}>
                    <a href={`/api/requests/${request.id}/attachments/${id}`} target="_blank" rel="noreferrer">
                      {fileName(id)}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {dossier.noScreenshotReason ? (
          <div className="details__row" data-field="noScreenshotReason">
            <dt>{t('dossier.noScreenshotReason')}</dt>
            <dd className="prewrap" dir="auto">
              {dossier.noScreenshotReason}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
