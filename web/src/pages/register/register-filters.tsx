import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, LEVELS, MODULES, OPEN_STATUSES, STATUSES, URGENCIES } from '../../../../shared/constants.ts';
import type { TSite } from '../../api/types.ts';
import { type FilterOption, FilterSelect } from '../../components/filter-select.tsx';
import { isChannel, isModule, isStatus, isUrgency } from '../../lib/enums.ts';
import { activeFilterCount, type RegisterFilter, SORT_FIELDS } from './register-params.ts';

type Props = {
  params: URLSearchParams;
  sites: TSite[];
  onChange: (changes: Partial<Record<RegisterFilter | 'sort' | 'order', string>>, replace?: boolean) => void;
  onClear: () => void;
};

const SEARCH_DELAY_MS = 350;

export function RegisterFilters({ params, sites, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const urlQuery = params.get('q') ?? '';
  const [query, setQuery] = useState(urlQuery);

  useEffect(() => setQuery(urlQuery), [urlQuery]);
  useEffect(() => {
    if (query === urlQuery) return;
    const timer = window.setTimeout(() => onChange({ q: query }, true), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, urlQuery, onChange]);

  const value = (key: RegisterFilter) => params.get(key) ?? '';
  const set = (key: RegisterFilter) => (next: string) => onChange({ [key]: next });

  const openStatuses = OPEN_STATUSES.join(',');
  const statusOptions: FilterOption[] = [
    { value: openStatuses, label: t('register.openStatuses') },
    ...STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
  ];
  const describeList = (translate: (item: string) => string) => (raw: string) =>
    raw.split(',').filter(Boolean).map(translate).join(', ');
  const siteName = (id: string) => sites.find((site) => site.id === id)?.code ?? id;

  const count = activeFilterCount(params);

  return (
    <section className="filters" aria-label={t('register.filters')}>
      <div className="filters__top">
        <div className="field field--compact filters__search">
          <label htmlFor="filter-q">{t('register.search')}</label>
          <input
            id="filter-q"
            type="search"
            value={query}
            placeholder={t('register.searchPlaceholder')}
            data-testid="filter-q"
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') onChange({ q: query }, true);
            }}
          />
        </div>
        <button
          type="button"
          className="button filters__toggle"
          aria-expanded={isOpen}
          aria-controls="filters-body"
          onClick={() => setIsOpen((open) => !open)}
        >
          {t('register.moreFilters', { active: count })}
        </button>
      </div>
      <div id="filters-body" className={isOpen ? 'filters__body is-open' : 'filters__body'}>
        <FilterSelect
          id="filter-site"
          label={t('fields.site')}
          value={value('siteId')}
          onChange={set('siteId')}
          testId="filter-site"
          options={sites.map((site) => ({ value: site.id, label: `${site.code} · ${site.name}` }))}
          describeUnknown={describeList(siteName)}
        />
        <FilterSelect
          id="filter-module"
          label={t('fields.module')}
          value={value('module')}
          onChange={set('module')}
          testId="filter-module"
          options={MODULES.map((module) => ({ value: module, label: t(`module.${module}`) }))}
          describeUnknown={describeList((item) => (isModule(item) ? t(`module.${item}`) : item))}
        />
        <FilterSelect
          id="filter-level"
          label={t('fields.level')}
          value={value('level')}
          onChange={set('level')}
          testId="filter-level"
          options={LEVELS.map((level) => ({ value: String(level), label: t('levelLabel', { level }) }))}
          describeUnknown={describeList((item) => t('levelLabel', { level: item }))}
        />
        <FilterSelect
          id="filter-status"
          label={t('fields.status')}
          value={value('status')}
          onChange={set('status')}
          testId="filter-status"
          options={statusOptions}
          describeUnknown={describeList((item) => (isStatus(item) ? t(`status.${item}`) : item))}
        />
        <FilterSelect
          id="filter-urgency"
          label={t('fields.urgency')}
          value={value('urgency')}
          onChange={set('urgency')}
          testId="filter-urgency"
          options={URGENCIES.map((urgency) => ({ value: urgency, label: t(`urgency.${urgency}`) }))}
          describeUnknown={describeList((item) => (isUrgency(item) ? t(`urgency.${item}`) : item))}
        />
        <FilterSelect
          id="filter-channel"
          label={t('fields.channel')}
          value={value('channel')}
          onChange={set('channel')}
          testId="filter-channel"
          options={CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
          describeUnknown={describeList((item) => (isChannel(item) ? t(`channel.${item}`) : item))}
        />
        <FilterSelect
          id="filter-assignee"
          label={t('fields.assignee')}
          value={value('assigneeId')}
          onChange={set('assigneeId')}
          testId="filter-assignee"
          options={[
            { value: 'me', label: t('register.assigneeMe') },
            { value: 'none', label: t('register.assigneeNone') },
          ]}
          describeUnknown={() => t('register.assigneeSpecific')}
        />
        <FilterSelect
          id="filter-sla"
          label={t('sla.filter.label')}
          value={value('sla')}
          onChange={set('sla')}
          testId="filter-sla"
          allLabel={t('sla.filter.all')}
          options={[
            { value: 'breaching_soon', label: t('sla.filter.breaching_soon') },
            { value: 'breached', label: t('sla.filter.breached') },
          ]}
        />
        <div className="field field--compact">
          <label htmlFor="filter-created-from">{t('register.createdFrom')}</label>
          <input
            id="filter-created-from"
            type="date"
            value={value('createdFrom')}
            max={value('createdTo') || undefined}
            data-testid="filter-created-from"
            onChange={(event) => onChange({ createdFrom: event.target.value })}
          />
        </div>
        <div className="field field--compact">
          <label htmlFor="filter-created-to">{t('register.createdTo')}</label>
          <input
            id="filter-created-to"
            type="date"
            value={value('createdTo')}
            min={value('createdFrom') || undefined}
            data-testid="filter-created-to"
            onChange={(event) => onChange({ createdTo: event.target.value })}
          />
        </div>
        <div className="field field--compact">
          <label htmlFor="filter-sort">{t('register.sort')}</label>
          <select
            id="filter-sort"
            value={params.get('sort') ?? 'createdAt'}
            data-testid="filter-sort"
            onChange={(event) => onChange({ sort: event.target.value })}
          >
            {SORT_FIELDS.map((field) => (
              <option key={field} value={field}>
                {field === 'due' ? t('sla.sortDue') : t(`register.sortBy.${field}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--compact">
          <label htmlFor="filter-order">{t('register.order')}</label>
          <select
            id="filter-order"
            value={params.get('order') ?? 'desc'}
            data-testid="filter-order"
            onChange={(event) => onChange({ order: event.target.value })}
          >
            <option value="desc">{t('register.desc')}</option>
            <option value="asc">{t('register.asc')}</option>
          </select>
        </div>
        <div className="filters__actions">
          <button type="button" className="button button--ghost" onClick={onClear} data-testid="filter-clear">
            {t('register.clearFilters')}
          </button>
        </div>
      </div>
    </section>
  );
}
