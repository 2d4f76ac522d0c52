import { useTranslation } from 'react-i18next';
import type { TKbDiff, TKbDiffLine } from '../../../../shared/kb-schemas.ts';

const MARKS: Record<TKbDiffLine['kind'], string> = { same: ' ', added: '+', removed: '−' };

function DiffLines({ lines, dir, testId }: { lines: TKbDiffLine[]; dir: 'rtl' | 'ltr'; testId: string }) {
  const { t } = useTranslation();
  return (
    <ol className="kb-diff" dir={dir} data-testid={testId}>
      {lines.map((line, index) => (
        <li
          // Lines have no identity beyond their position in this diff.
          // biome-ignore lint/suspicious/noArrayIndexKey: the diff is rendered once, never reordered
          key={index}
          className={`kb-diff__line kb-diff__line--${line.kind}`}
          data-testid="kb-diff-line"
          data-kind={line.kind}
        >
          <span className="kb-diff__mark" aria-hidden="true">
            {MARKS[line.kind]}
          </span>
          {line.kind === 'same' ? null : <span className="visually-hidden">{t(`kb.revisions.${line.kind}`)}: </span>}
          <span className="kb-diff__text">{line.text || '\u00a0'}</span>
        </li>
      ))}
    </ol>
  );
}

/** A line diff between two revisions: removed lines struck through in red, added ones in green. */
export function KbDiffView({ diff, dir }: { diff: TKbDiff; dir: 'rtl' | 'ltr' }) {
  const { t } = useTranslation();
  const hasChanges = diff.added > 0 || diff.removed > 0;
  return (
    <section
      className="kb-diff-view"
      aria-label={t('kb.revisions.diffLabel', { from: diff.from.revision, to: diff.to.revision })}
    >
      {diff.title.length ? (
        <>
          <h3>{t('kb.revisions.titleChanged')}</h3>
          <DiffLines lines={diff.title} dir={dir} testId="kb-diff-title" />
        </>
      ) : null}
      <p className="muted" data-testid="kb-diff-summary">
        {hasChanges ? t('kb.revisions.summary', { added: diff.added, removed: diff.removed }) : t('kb.revisions.noChanges')}
      </p>
      {hasChanges ? <DiffLines lines={diff.lines} dir={dir} testId="kb-diff" /> : null}
    </section>
  );
}
