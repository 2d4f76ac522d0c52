import { useTranslation } from 'react-i18next';
import { DeflectionBars } from './deflection-bars.tsx';
import { type DeflectionSite, formatShare, levelOneShare } from './deflection-numbers.ts';

/** One site: its two bars, each with its percentage and the counts behind it. */
export function DeflectionRow({ site }: { site: DeflectionSite }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const count = (value: number) => value.toLocaleString(language);
  const noRate = t('search.insights.noRate');
  const rate = formatShare(site.rate, language, noRate);
  const levelOne = levelOneShare(site);
  const levelOneRate = formatShare(levelOne, language, noRate);

  return (
    <li
      className="deflection-row"
      data-testid="deflection-row"
      data-site-code={site.siteCode}
      data-deflected={site.deflected}
      data-with-suggestions-opened={site.withSuggestionsOpened}
      data-resolved-at-level-one={site.resolvedAtLevelOne}
      data-requests={site.requests}
    >
      <h3 className="deflection-row__site">
        <span className="reference">{site.siteCode}</span> <span dir="auto">{site.siteName}</span>
      </h3>
      <DeflectionBars
        label={t('search.insights.barLabel', { site: site.siteName, rate, levelOne: levelOneRate })}
        deflection={site.rate}
        levelOne={levelOne}
      />
      <p className="deflection-row__line">
        <span className="deflection-swatch deflection-swatch--deflection" aria-hidden="true" />
        <strong className="deflection-row__rate">{rate}</strong>
        <span>
          {site.withSuggestionsOpened > 0
            ? t('search.insights.deflectionText', { deflected: count(site.deflected), opened: count(site.withSuggestionsOpened) })
            : t('search.insights.noOpens')}
        </span>
      </p>
      <p className="deflection-row__line">
        <span className="deflection-swatch deflection-swatch--level-one" aria-hidden="true" />
        <strong className="deflection-row__rate">{levelOneRate}</strong>
        <span>
          {t('search.insights.levelOneText', { resolved: count(site.resolvedAtLevelOne), requests: count(site.requests) })}
        </span>
      </p>
    </li>
  );
}
