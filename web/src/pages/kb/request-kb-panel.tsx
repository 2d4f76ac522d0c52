import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { TRequestKbArticles } from '../../../../shared/kb-schemas.ts';
import type { THelpRequest } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { kbApi } from './kb-api.ts';
import { kbPaths } from './kb-paths.ts';
import { KbStatusBadge } from './kb-status-badge.tsx';
import { LinkArticlePicker } from './link-article-picker.tsx';
import { TurnIntoArticleDialog } from './turn-into-article-dialog.tsx';

type Props = { request: THelpRequest; onChanged: () => void };

/** On the request page: the articles linked to it, "Turn into article" and "Link an article". */
export function RequestKbPanel({ request, onChanged }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const linked = useApiData<TRequestKbArticles>(kbApi.requestArticlesPath(request.id));
  const [isPicking, setIsPicking] = useState(false);
  const [isTurning, setIsTurning] = useState(false);
  const { reload, setData } = linked;

  // Resolving or reopening the request changes what the user may do here.
  const seenUpdate = useRef(request.updatedAt);
  useEffect(() => {
    if (seenUpdate.current === request.updatedAt) return;
    seenUpdate.current = request.updatedAt;
    reload();
  }, [request.updatedAt, reload]);

  const data = linked.data;
  if (!data) return linked.error ? <ErrorAlert error={linked.error} /> : null;
  if (!data.items.length && !data.canLinkArticle && !data.canTurnIntoArticle) return null;

  return (
    <section className="panel kb-request-panel" aria-labelledby="linked-articles-title" data-testid="linked-articles">
      <h2 id="linked-articles-title">{t('kb.request.title')}</h2>
      {data.items.length ? (
        <ul className="plain-list kb-linked">
          {data.items.map((article) => (
            <li key={article.id} data-testid="linked-article" data-article-id={article.id}>
              <Link to={kbPaths.article(article.id)} dir="auto">
                {article.title}
              </Link>{' '}
              <KbStatusBadge status={article.status} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('kb.request.none')}</p>
      )}
      <div className="action action--buttons kb-request-panel__buttons">
        {data.canTurnIntoArticle ? (
          <button type="button" className="button" data-testid="turn-into-article" onClick={() => setIsTurning(true)}>
            {t('kb.request.turnInto')}
          </button>
        ) : null}
        {data.canLinkArticle ? (
          <button
            type="button"
            className="button button--ghost"
            aria-expanded={isPicking}
            data-testid="link-article"
            onClick={() => setIsPicking((open) => !open)}
          >
            {isPicking ? t('kb.request.closeLink') : t('kb.request.link')}
          </button>
        ) : null}
      </div>
      {isPicking ? (
        <LinkArticlePicker
          requestId={request.id}
          linkedIds={data.items.map((article) => article.id)}
          onLinked={(next) => {
            setData(next);
            setIsPicking(false);
            onChanged();
          }}
        />
      ) : null}
      {isTurning ? (
        <TurnIntoArticleDialog
          request={request}
          onClose={() => setIsTurning(false)}
          onCreated={(article) => {
            setIsTurning(false);
            navigate(kbPaths.edit(article.id));
          }}
        />
      ) : null}
    </section>
  );
}
