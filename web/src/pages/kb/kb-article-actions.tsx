import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { KbStatus, TKbArticle } from '../../../../shared/kb-schemas.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { kbApi } from './kb-api.ts';
import { kbPaths } from './kb-paths.ts';

type Props = { article: TKbArticle; onChanged: (article: TKbArticle) => void };

/** Edit, publish, back to draft, archive and restore: exactly the abilities the server sent. */
export function KbArticleActions({ article, onChanged }: Props) {
  const { t } = useTranslation();
  const change = useAction((status: KbStatus) => kbApi.setStatus(article.id, status));
  const { abilities } = article;
  if (!abilities.edit && !abilities.publish && !abilities.unpublish && !abilities.archive) return null;

  const move = async (status: KbStatus) => {
    if (status === 'archived' && !window.confirm(t('kb.actions.archiveConfirm'))) return;
    const result = await change.run(status);
    if (result.ok) onChanged(result.value);
  };

  return (
    <section className="kb-actions" aria-label={t('kb.actions.label')}>
      {abilities.edit ? (
        <Link to={kbPaths.edit(article.id)} className="button" data-testid="kb-edit">
          {t('kb.actions.edit')}
        </Link>
      ) : null}
      {abilities.publish ? (
        <button
          type="button"
          className="button button--primary"
          disabled={change.isPending}
          data-testid="kb-publish"
          onClick={() => void move('published')}
        >
          {article.status === 'archived' ? t('kb.actions.restore') : t('kb.actions.publish')}
        </button>
      ) : null}
      {abilities.unpublish ? (
        <button
          type="button"
          className="button"
          disabled={change.isPending}
          data-testid="kb-unpublish"
          onClick={() => void move('draft')}
        >
          {t('kb.actions.unpublish')}
        </button>
      ) : null}
      {abilities.archive ? (
        <button
          type="button"
          className="button button--ghost"
          disabled={change.isPending}
          data-testid="kb-archive"
          onClick={() => void move('archived')}
        >
          {t('kb.actions.archive')}
        </button>
      ) : null}
      <ErrorAlert error={change.error} />
    </section>
  );
}
