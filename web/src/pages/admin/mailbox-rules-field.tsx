import { useTranslation } from 'react-i18next';
import type { TMailboxSiteRule } from '../../api/inbound-types.ts';
import type { TSite } from '../../api/types.ts';
import { SelectField, TextField } from '../../components/fields.tsx';

type Props = {
  rules: TMailboxSiteRule[];
  sites: TSite[];
  errors: Record<string, string>;
  onChange: (rules: TMailboxSiteRule[]) => void;
};

/** The address → site rules of a shared mailbox: one row each, first match wins. */
export function MailboxRulesField({ rules, sites, errors, onChange }: Props) {
  const { t } = useTranslation();
  const change = (index: number, rule: Partial<TMailboxSiteRule>) =>
    onChange(rules.map((old, at) => (at === index ? { ...old, ...rule } : old)));
  return (
    <fieldset data-testid="mailbox-rules">
      <legend>{t('inbound.fields.rules')}</legend>
      <p className="muted">{t('inbound.fields.rulesHint')}</p>
      {rules.map((rule, index) => (
        // Rules have no id of their own; their position is what the API reports errors by.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="form__row form__row--three" key={index} data-testid="mailbox-rule">
          <TextField
            id={`mailbox-rule-address-${index}`}
            type="email"
            dir="ltr"
            label={t('inbound.fields.ruleAddress')}
            value={rule.address}
            onChange={(event) => change(index, { address: event.target.value })}
            errorName={`siteRules.${index}.address`}
            error={errors[`siteRules.${index}.address`]}
          />
          <SelectField
            id={`mailbox-rule-site-${index}`}
            label={t('inbound.fields.ruleSite')}
            value={rule.siteId}
            onChange={(event) => change(index, { siteId: event.target.value })}
            errorName={`siteRules.${index}.siteId`}
            error={errors[`siteRules.${index}.siteId`]}
          >
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.code} · {site.name}
              </option>
            ))}
          </SelectField>
          <div className="field">
            <button
              type="button"
              className="button button--ghost"
              onClick={() => onChange(rules.filter((_, at) => at !== index))}
            >
              {t('inbound.fields.removeRule', { number: index + 1 })}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="button"
        disabled={sites.length === 0}
        onClick={() => onChange([...rules, { address: '', siteId: sites[0]?.id ?? '' }])}
        data-testid="mailbox-rule-add"
      >
        {t('inbound.fields.addRule')}
      </button>
    </fieldset>
  );
}
