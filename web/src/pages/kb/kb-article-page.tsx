import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TKbArticle } from '../../../../shared/kb-schemas.ts';
import { isApiError } from '../../api/api-error.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { DateTime } from '../../components/date-time.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { kbApi } from './kb-api.ts';
import { KbArticleActions } from './kb-article-actions.tsx';
import { KbArticleBody } from './kb-article-body.tsx';
import { KbAttachmentsPanel } from './kb-attachments-panel.tsx';
import { KbHelpfulVote } from './kb-helpful-vote.tsx';
import { articleDirection, languageName, moduleName } from './kb-labels.ts';
import { KbLinkedRequests } from './kb-linked-requests.tsx';
import { kbPaths } from './kb-paths.ts';
import { KbRevisionsPanel } from './kb-revisions-panel.tsx';
import { KbStatusBadge } from './kb-status-badge.tsx';

/** /kb/:id: the rendered article, its details, "was this helpful?", files, solved requests and history. */
export function KbArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const article = useApiData<TKbArticle>(kbApi.articlePath(id));
  const data = article.data;
  usePageTitle(data?.title ?? t('kb.title'));

  if (isApiError(article.error) && (article.error.status === 404 || article.error.status === 400)) {
    return (
      <div className="page page--narrow" data-testid="kb-article-not-found">
        <h1>{t('kb.notFound.title')}</h1>
        <p>{t('kb.notFound.body')}</p>
        <Link to={kbPaths.list}>{t('kb.notFound.back')}</Link>
      </div>
    );
  }
  if (!data) {
    return (
      <div className="page">
        {article.error ? <ErrorAlert error={article.error} /> : <p role="status">{t('common.loading')}</p>}
      </div>
    );
  }
  const update = (next: TKbArticle) => article.setData(next);

  return (
    <div className="page kb-article" data-article-id={data.id} data-status={data.status}>
      <p>
        <Link to={kbPaths.list}>{t('kb.notFound.back')}</Link>
      </p>
      <header className="kb-article__header">
        <h1 lang={data.language} dir={articleDirection(data.language)} data-testid="kb-article-title">
          {data.title}
        </h1>
        <KbStatusBadge status={data.status} />
      </header>
      {data.status === 'archived' ? (
        <div className="alert alert--warning" role="status">
          {t('kb.actions.archivedNotice')}
        </div>
      ) : null}
      <dl className="kb-meta" data-testid="kb-article-meta">
        <div>
          <dt>{t('kb.meta.module')}</dt>
          <dd>
            <bdi>{moduleName(t, data.module)}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('kb.meta.language')}</dt>
          <dd>{languageName(data.language)}</dd>
        </div>
        <div>
          <dt>{t('kb.meta.updated')}</dt>
          <dd>
            <DateTime value={data.updatedAt} mode="relative" />
            {data.authorName ? ` · ${t('kb.meta.by', { name: data.authorName })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('kb.meta.revision')}</dt>
          <dd>{data.revision}</dd>
        </div>
        <div>
          <dt>{t('kb.meta.views')}</dt>
          <dd data-testid="kb-view-count">{data.viewCount}</dd>
        </div>
      </dl>
      {data.tags.length ? (
        <ul className="tags" aria-label={t('kb.meta.tags')}>
          {data.tags.map((tag) => (
            <li key={tag}>
              <Link className="tag" to={`${kbPaths.list}?tag=${encodeURIComponent(tag)}`}>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <KbArticleActions article={data} onChanged={update} />
      <div className="kb-article__layout">
        <article className="panel kb-article__main">
          <KbArticleBody html={data.bodyHtml} language={data.language} />
          <KbHelpfulVote article={data} onVoted={update} />
        </article>
        <div className="kb-article__side">
          <KbAttachmentsPanel
            articleId={data.id}
            attachments={data.attachments}
            canUpload={data.abilities.uploadAttachment}
            onUploaded={(file) => update({ ...data, attachments: [...data.attachments, file] })}
          />
          <KbLinkedRequests requests={data.linkedRequests} />
          <KbRevisionsPanel key={data.revision} article={data} />
        </div>
      </div>
    </div>
  );
}
