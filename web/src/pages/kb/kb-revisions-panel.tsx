import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TKbArticle, TKbDiff, TKbRevision } from '../../../../shared/kb-schemas.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { DateTime } from '../../components/date-time.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { kbApi } from './kb-api.ts';
import { KbDiffView } from './kb-diff-view.tsx';
import { articleDirection } from './kb-labels.ts';

/** Every saved version with its editor and note, and the changes between any two of them. */
export function KbRevisionsPanel({ article }: { article: TKbArticle }) {
  const { t } = useTranslation();
  const revisions = useApiData<{ items: TKbRevision[] }>(kbApi.revisionsPath(article.id));
  const [from, setFrom] = useState(Math.max(1, article.revision - 1));
  const [to, setTo] = useState(article.revision);
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);
  const diff = useApiData<TKbDiff>(shown ? kbApi.diffPath(article.id, shown.from, shown.to) : null);
  const items = revisions.data?.items ?? [];
  const options = items.map((item) => (
    <option key={item.revision} value={item.revision}>
      {t('kb.revisions.option', { revision: item.revision })}
    </option>
  ));

  return (
    <section className="panel" aria-labelledby="kb-revisions-title">
      <h2 id="kb-revisions-title">{t('kb.revisions.title')}</h2>
      <ErrorAlert error={revisions.error} />
      <ol className="kb-revisions" data-testid="kb-revisions">
        {items.map((item) => (
          <li key={item.revision} data-testid="kb-revision-row" data-revision={item.revision}>
            <strong>{t('kb.revisions.option', { revision: item.revision })}</strong>
            {item.revision === article.revision ? <span className="muted"> ({t('kb.revisions.current')})</span> : null}
            {' · '}
            <DateTime value={item.createdAt} mode="relative" />
            {item.editorName ? <span className="muted"> · {t('kb.revisions.by', { name: item.editorName })}</span> : null}
            {item.note ? (
              <div className="kb-revisions__note" dir="auto">
                {item.note}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {items.length > 1 ? (
        <div className="kb-compare">
          <div className="field field--compact">
            <label htmlFor="kb-diff-from">{t('kb.revisions.from')}</label>
            <select
              id="kb-diff-from"
              value={from}
              data-testid="kb-diff-from"
              onChange={(event) => setFrom(Number(event.target.value))}
            >
              {options}
            </select>
          </div>
          <div className="field field--compact">
            <label htmlFor="kb-diff-to">{t('kb.revisions.to')}</label>
            <select id="kb-diff-to" value={to} data-testid="kb-diff-to" onChange={(event) => setTo(Number(event.target.value))}>
              {options}
            </select>
          </div>
          <button
            type="button"
            className="button"
            data-testid="kb-diff-show"
            onClick={() => setShown(shown && shown.from === from && shown.to === to ? null : { from, to })}
          >
            {shown && shown.from === from && shown.to === to ? t('kb.revisions.hide') : t('kb.revisions.show')}
          </button>
        </div>
      ) : null}
      <ErrorAlert error={diff.error} />
      {shown && diff.data ? <KbDiffView diff={diff.data} dir={articleDirection(article.language)} /> : null}
    </section>
  );
}
