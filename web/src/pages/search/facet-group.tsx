import { useTranslation } from 'react-i18next';
import type { Facet } from './search-params.ts';

export type FacetOption = { value: string; label: string; count: number; isActive: boolean; isDisabled?: boolean };

type Props = {
  facet: Facet;
  legend: string;
  options: FacetOption[];
  onToggle: (value: string) => void;
};

/** One facet: a toggle button per value, with its count. */
export function FacetGroup({ facet, legend, options, onToggle }: Props) {
  const { t, i18n } = useTranslation();
  if (!options.length) return null;
  return (
    <fieldset className="search-facet">
      <legend>{legend}</legend>
      <ul className="search-facet__options">
        {options.map((option) => (
          <li key={option.value}>
            <button
              type="button"
              className="search-facet__option"
              aria-pressed={option.isActive}
              disabled={option.isDisabled}
              data-testid={`search-facet-${facet}-${option.value}`}
              data-count={option.count}
              onClick={() => onToggle(option.value)}
            >
              <span dir="auto">{option.label}</span>
              <span className="search-facet__count" aria-hidden="true">
                {option.count.toLocaleString(i18n.language)}
              </span>
              <span className="visually-hidden">{t('search.facets.count', { count: option.count })}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
