import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { noticePaths, type TNoticeBoard } from './notices-api.ts';

/** Per site: how far the current round got, the figures of each hop, and who has not acknowledged. */
export function NoticeBoard({ noticeId, version }: { noticeId: string; version: number }) {
  const { t } = useTranslation();
  const board = useApiData<TNoticeBoard>(`${noticePaths.board(noticeId)}?v=${version}`);
  if (!board.data) return <ErrorAlert error={board.error} />;
  return (
    <section className="panel" data-testid="notice-board">
      <h2>
        {t('notices.board.title')} · {t(`notices.round.${board.data.roundKind}`)} ({board.data.round})
      </h2>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('notices.board.site')}</th>
              <th>{t('notices.board.reached')}</th>
              {(['coordinator', 'site_admin', 'end_user'] as const).map((hop) => (
                <th key={hop}>{t(`notices.hop.${hop}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {board.data.sites.map((site) => (
              <tr key={site.id} data-testid="notice-board-site" data-site={site.code} data-reached={site.reached ?? ''}>
                <td>
                  {site.name} <span className="muted">({site.code})</span>
                </td>
                <td>{site.reached ? t(`notices.hop.${site.reached}`) : t('notices.board.nobody')}</td>
                {site.hops.map((figures) => (
                  <td key={figures.hop} data-testid={`notice-board-${figures.hop}`}>
                    <abbr
                      title={`${t('notices.board.sent')} / ${t('notices.board.delivered')} / ${t('notices.board.opened')} / ${t('notices.board.acknowledged')}`}
                    >
                      {figures.sent} / {figures.delivered} / {figures.opened} / {figures.acknowledged}
                    </abbr>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {t('notices.board.sent')} / {t('notices.board.delivered')} / {t('notices.board.opened')} /{' '}
        {t('notices.board.acknowledged')}
      </p>
      <h3>{t('notices.board.waiting')}</h3>
      {board.data.sites.every((site) => site.notAcknowledged.length === 0) ? <p>{t('notices.board.allDone')}</p> : null}
      <ul className="plain-list" data-testid="notice-board-waiting">
        {board.data.sites.flatMap((site) =>
          site.notAcknowledged.map((person) => (
            <li key={`${site.id}-${person.email}-${person.hop}`}>
              {site.code} · {t(`notices.hop.${person.hop}`)} · {person.name} <span className="muted">{person.email}</span>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
