import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TKbArticleSummary } from '../../../../shared/kb-schemas.ts';
import { DateTime } from '../../components/date-time.tsx';
import { articleDirection, languageName, moduleName } from './kb-labels.ts';
import { kbPaths } from './kb-paths.ts';
import { KbStatusBadge } from './kb-status-badge.tsx';

type Props = { article: TKbArticleSummary; onTag: (tag: string) => void };

/** One article in the list: title, status, module, language, tags, the start of the text and its numbers. */
export function KbArticleCard({ article, onTag }: Props) {
  const { t } = useTranslation();
  const dir = articleDirection(article.language);
  return (
    <li className="kb-card" data-testid="kb-article-row" data-article-id={article.id} data-status={article.status}>
      <div className="kb-card__head">
        <h2 className="kb-card__title" lang={article.language} dir={dir}>
          <Link to={kbPaths.article(article.id)} data-testid="kb-article-link">
            {article.title}
          </Link>
        </h2>
        <KbStatusBadge status={article.status} />
      </div>
      <p className="kb-card__meta muted">
        <bdi>{moduleName(t, article.module)}</bdi> · <span>{languageName(article.language)}</span> ·{' '}
        <span>{t('kb.meta.updated')}</span> <DateTime value={article.updatedAt} mode="relative" />
      </p>
      {article.excerpt ? (
        <p className="kb-card__excerpt" lang={article.language} dir={dir}>
          {article.excerpt}
        </p>
      ) : null}
      <div className="kb-card__foot">
        {article.tags.length ? (
          <ul className="tags" aria-label={t('kb.meta.tags')}>
            {article.tags.map((tag) => (
              <li key={tag}>
                <button type="button" className="tag kb-tag" data-testid="kb-tag" onClick={() => onTag(tag)}>
                  {tag}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <span className="muted kb-card__numbers">
          {t('kb.meta.helpfulShort', { count: article.helpfulCount })} · {t('kb.meta.viewCount', { count: article.viewCount })}
        </span>
      </div>
    </li>
  );
}
