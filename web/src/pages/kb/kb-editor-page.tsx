import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TKbArticle } from '../../../../shared/kb-schemas.ts';
import { isApiError } from '../../api/api-error.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { kbApi } from './kb-api.ts';
import { KbEditorForm } from './kb-editor-form.tsx';
import { kbPaths } from './kb-paths.ts';

/** /kb/new and /kb/:id/edit. */
export function KbEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { abilities } = useMe();
  const article = useApiData<TKbArticle>(id ? `${kbApi.articlePath(id)}?countView=false` : null);
  const heading = id ? t('kb.editor.editTitle') : t('kb.editor.newTitle');
  usePageTitle(heading);

  const notAllowed = id ? article.data && !article.data.abilities.edit : !abilities.draftArticles;
  if (notAllowed) {
    return (
      <div className="page page--narrow">
        <h1>{heading}</h1>
        <p>{t('common.notAllowed')}</p>
        <Link to={id ? kbPaths.article(id) : kbPaths.list}>{t('kb.notFound.back')}</Link>
      </div>
    );
  }
  if (id && isApiError(article.error) && (article.error.status === 404 || article.error.status === 400)) {
    return (
      <div className="page page--narrow" data-testid="kb-article-not-found">
        <h1>{t('kb.notFound.title')}</h1>
        <p>{t('kb.notFound.body')}</p>
        <Link to={kbPaths.list}>{t('kb.notFound.back')}</Link>
      </div>
    );
  }
  if (id && !article.data) {
    return (
      <div className="page">
        {article.error ? <ErrorAlert error={article.error} /> : <p role="status">{t('common.loading')}</p>}
      </div>
    );
  }
  return (
    <div className="page kb-editor-page">
      <h1>{heading}</h1>
      <KbEditorForm key={article.data?.id ?? 'new'} article={article.data ?? null} />
    </div>
  );
}
