import { useTranslation } from 'react-i18next';

export type FilterOption = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  value: string;
  options: FilterOption[];
  onChange: (value: string) => void;
  /** Label for a URL value no option matches (a hand-made comma list, say). */
  describeUnknown?: (value: string) => string;
  allLabel?: string;
  testId?: string;
};

/** A labelled <select> with an "All" choice, keeping any value the URL brought along. */
export function FilterSelect({ id, label, value, options, onChange, describeUnknown, allLabel, testId }: Props) {
  const { t } = useTranslation();
  const isKnown = value === '' || options.some((option) => option.value === value);
  return (
    <div className="field field--compact">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel ?? t('common.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {isKnown ? null : <option value={value}>{describeUnknown?.(value) ?? value}</option>}
      </select>
    </div>
  );
}
