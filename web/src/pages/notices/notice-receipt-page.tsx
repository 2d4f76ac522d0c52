import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { NoticeBadges } from './notice-badges.tsx';
import { NoticeWindow } from './notice-window.tsx';
import { noticePaths, noticesApi, type TNoticeReceipt } from './notices-api.ts';

/** /notices/receipt?token=…, the link in a notice mail: no sign-in, records the opening, offers to acknowledge. */
export function NoticeReceiptPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const receipt = useApiData<TNoticeReceipt>(noticePaths.receipt(token));
  const acknowledge = useAction(noticesApi.acknowledgeReceipt);
  usePageTitle(receipt.data?.title ?? t('notices.title'));
  if (receipt.error) {
    return (
      <main className="page page--narrow" id="main">
        <p className="alert alert--error">{t('notices.receipt.invalid')}</p>
      </main>
    );
  }
  const data = receipt.data;
  if (!data) return <main className="page" id="main" />;
  const onAcknowledge = async () => {
    const result = await acknowledge.run(token);
    if (result.ok) receipt.setData(result.value);
  };
  return (
    <main className="page page--narrow" id="main" data-testid="notice-receipt">
      <h1 lang={data.language} dir={data.language === 'ar' ? 'rtl' : 'ltr'}>
        {data.title}
      </h1>
      <NoticeBadges type={data.type} phase={data.phase} />
      <p>
        <strong>{data.site.name}</strong>:{' '}
        <NoticeWindow timeZone={data.site.timeZone} start={data.windowStart} end={data.windowEnd} />
      </p>
      {data.localWords ? <blockquote className="prewrap">{data.localWords}</blockquote> : null}
      <div
        className="kb-body"
        lang={data.language}
        dir={data.language === 'ar' ? 'rtl' : 'ltr'}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server's own Markdown renderer
        dangerouslySetInnerHTML={{ __html: data.bodyHtml }}
      />
      {data.acknowledgedAt ? (
        <p role="status" className="alert alert--success" data-testid="notice-receipt-acknowledged">
          {t('notices.receipt.thanks')}
        </p>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={acknowledge.isPending}
          onClick={() => void onAcknowledge()}
          data-testid="notice-receipt-acknowledge"
        >
          {t('notices.acknowledge')}
        </button>
      )}
      <p>
        <Link to="/status">{t('notices.status.title')}</Link> ·{' '}
        <Link to={`/notices/${data.noticeId}`}>{t('notices.receipt.openInApp')}</Link>
      </p>
    </main>
  );
}
