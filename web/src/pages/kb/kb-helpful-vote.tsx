import { useTranslation } from 'react-i18next';
import type { TKbArticle } from '../../../../shared/kb-schemas.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { kbApi } from './kb-api.ts';

type Props = { article: TKbArticle; onVoted: (article: TKbArticle) => void };

/** "Was this helpful? Yes / No" with the counts; the reader may change their answer. */
export function KbHelpfulVote({ article, onVoted }: Props) {
  const { t } = useTranslation();
  const vote = useAction((helpful: boolean) => kbApi.vote(article.id, helpful));
  const onVote = async (helpful: boolean) => {
    const result = await vote.run(helpful);
    if (result.ok) onVoted(result.value);
  };
  const counts = t('kb.helpful.counts', { helpful: article.helpfulCount, notHelpful: article.notHelpfulCount });

  if (!article.abilities.vote) {
    return article.status === 'published' ? null : <p className="muted">{t('kb.helpful.draftNote')}</p>;
  }
  return (
    <section className="kb-vote" aria-labelledby="kb-vote-title" data-testid="kb-helpful">
      <h2 id="kb-vote-title" className="kb-vote__question">
        {t('kb.helpful.question')}
      </h2>
      <div className="kb-vote__buttons">
        <button
          type="button"
          className="button"
          aria-pressed={article.myVote === 'helpful'}
          disabled={vote.isPending}
          data-testid="kb-helpful-yes"
          onClick={() => void onVote(true)}
        >
          {t('kb.helpful.yes')} <span data-testid="kb-helpful-count">{article.helpfulCount}</span>
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={article.myVote === 'not_helpful'}
          disabled={vote.isPending}
          data-testid="kb-helpful-no"
          onClick={() => void onVote(false)}
        >
          {t('kb.helpful.no')} <span data-testid="kb-not-helpful-count">{article.notHelpfulCount}</span>
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {article.myVote ? t('kb.helpful.thanks') : counts}
      </p>
      <ErrorAlert error={vote.error} />
    </section>
  );
}
