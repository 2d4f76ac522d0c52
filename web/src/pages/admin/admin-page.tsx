import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../auth/auth-context.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { JiraTab } from '../jira/jira-tab.tsx';
import { SlaTab } from '../sla/sla-tab.tsx';
import { MailboxesTab } from './mailboxes-tab.tsx';
import { OutboxTab } from './outbox-tab.tsx';
import { RoutingTab } from './routing-tab.tsx';
import { SitesTab } from './sites-tab.tsx';
import { UsersTab } from './users-tab.tsx';
import { VendorTeamsTab } from './vendor-teams-tab.tsx';

type Tab = 'sites' | 'users' | 'teams' | 'routing' | 'jira' | 'outbox' | 'sla' | 'mailboxes';

export function AdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  const { abilities } = useMe();
  const [params, setParams] = useSearchParams();
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const tabs: Tab[] = [
    ...(abilities.manageSites ? (['sites'] as const) : []),
    ...(abilities.manageUsers ? (['users'] as const) : []),
    ...(abilities.manageVendorTeams ? (['teams', 'routing', 'jira'] as const) : []),
    ...(abilities.viewOutbox ? (['outbox'] as const) : []),
    ...(abilities.manageSla ? (['sla'] as const) : []),
    ...(abilities.manageMailboxes ? (['mailboxes'] as const) : []),
  ];
  if (!tabs.length) {
    return (
      <div className="page page--narrow">
        <h1>{t('admin.title')}</h1>
        <p role="alert">{t('common.notAllowed')}</p>
      </div>
    );
  }
  const requested = params.get('tab');
  const active = tabs.find((tab) => tab === requested) ?? tabs[0];
  const select = (tab: Tab) => {
    setParams({ tab }, { replace: true });
    tabRefs.current[tab]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(active);
    const isRtl = document.documentElement.dir === 'rtl';
    const step = { ArrowRight: isRtl ? -1 : 1, ArrowLeft: isRtl ? 1 : -1 }[event.key];
    if (event.key === 'Home') select(tabs[0]);
    else if (event.key === 'End') select(tabs[tabs.length - 1]);
    else if (step) select(tabs[(index + step + tabs.length) % tabs.length]);
    else return;
    event.preventDefault();
  };

  return (
    <div className="page">
      <h1>{t('admin.title')}</h1>
      <div className="tabs" role="tablist" aria-label={t('admin.title')} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              tabRefs.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`panel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            className="tab"
            onClick={() => select(tab)}
            data-testid={`admin-tab-${tab}`}
          >
            {tab === 'outbox'
              ? t('mail.outbox.tab')
              : tab === 'sla'
                ? t('sla.admin.tab')
                : tab === 'mailboxes'
                  ? t('inbound.tab')
                  : tab === 'jira'
                    ? t('jira.tab')
                    : t(`admin.tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {active === 'sites' ? <SitesTab /> : null}
        {active === 'users' ? <UsersTab /> : null}
        {active === 'teams' ? <VendorTeamsTab /> : null}
        {active === 'routing' ? <RoutingTab /> : null}
        {active === 'jira' ? <JiraTab /> : null}
        {active === 'outbox' ? <OutboxTab /> : null}
        {active === 'sla' ? <SlaTab /> : null}
        {active === 'mailboxes' ? <MailboxesTab /> : null}
      </div>
    </div>
  );
}
