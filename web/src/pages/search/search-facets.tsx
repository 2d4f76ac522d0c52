import { useTranslation } from 'react-i18next';
import { MODULES } from '../../../../shared/constants.ts';
import type { TSearchResponse } from '../../api/search-types.ts';
import { isLanguage, LANGUAGE_NAMES } from '../../i18n/languages.ts';
import { isModule } from '../../lib/enums.ts';
import { FacetGroup, type FacetOption } from './facet-group.tsx';
import { FACET_PARAMS, type Facet, isSearchType, listOf } from './search-params.ts';

type Props = {
  facets: TSearchResponse['facets'];
  params: URLSearchParams;
  /** Site id → code, for the sites the user may see; the site facet counts by code but filters by id. */
  siteCodes: ReadonlyMap<string, string>;
  onToggle: (key: string, value: string) => void;
};

const byCountThenLabel = (a: FacetOption, b: FacetOption) => b.count - a.count || a.label.localeCompare(b.label);

/** The type, module, language and site filters, each value with its count; a chosen value stays listed even at 0. */
export function SearchFacets({ facets, params, siteCodes, onToggle }: Props) {
  const { t } = useTranslation();
  const siteIds = new Map([...siteCodes].map(([id, code]) => [code, id]));

  const optionsOf = (facet: Facet, label: (value: string) => string, isAllowed: (value: string) => boolean = () => true) => {
    const counts = facets[facet];
    const chosen = listOf(params, FACET_PARAMS[facet]).map((value) =>
      facet === 'site' ? (siteCodes.get(value) ?? value) : value,
    );
    const values = [...new Set([...Object.keys(counts), ...chosen])].filter(isAllowed);
    return values
      .map((value) => {
        const isActive = chosen.includes(value);
        return {
          value,
          label: label(value),
          count: counts[value] ?? 0,
          isActive,
          isDisabled: facet === 'site' && !isActive && !siteIds.has(value),
        };
      })
      .sort(byCountThenLabel);
  };

  const groups: { facet: Facet; legend: string; options: FacetOption[] }[] = [
    {
      facet: 'type',
      legend: t('search.facets.type'),
      options: optionsOf('type', (value) => (isSearchType(value) ? t(`search.type.${value}`) : value), isSearchType),
    },
    {
      facet: 'module',
      // Topics count under their category too; only the modules can filter.
      legend: t('search.facets.module'),
      options: optionsOf(
        'module',
        (value) => (isModule(value) ? t(`module.${value}`) : value),
        (value) => (MODULES as readonly string[]).includes(value),
      ),
    },
    {
      facet: 'language',
      legend: t('search.facets.language'),
      options: optionsOf('language', (value) => (isLanguage(value) ? LANGUAGE_NAMES[value] : value.toUpperCase())),
    },
    { facet: 'site', legend: t('search.facets.site'), options: optionsOf('site', (value) => value) },
  ];

  const onToggleValue = (facet: Facet, value: string) =>
    onToggle(FACET_PARAMS[facet], facet === 'site' ? (siteIds.get(value) ?? value) : value);

  return (
    <div className="search-facets">
      {groups.map((group) => (
        <FacetGroup key={group.facet} {...group} onToggle={(value) => onToggleValue(group.facet, value)} />
      ))}
    </div>
  );
}
