import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, MODULES, URGENCIES } from '../../../shared/constants.ts';
import type { Category, ModuleCode, TSite, Urgency } from '../api/types.ts';
import { isCategory, isModule, isUrgency } from '../lib/enums.ts';
import { SelectField, TextAreaField, TextField } from './fields.tsx';

/** The inputs of a request's own fields: label and API field name are fixed, `onChange` gets the new value. */
type BoundProps<Props, T, Shown = T> = Omit<Props, 'label' | 'errorName' | 'value' | 'onChange' | 'children'> & {
  value: Shown;
  onChange: (value: T) => void;
};
/** A choice may show '' while nothing valid is chosen; `onChange` only ever gets one of the options. */
type ChoiceProps<T extends string> = BoundProps<ComponentProps<typeof SelectField>, T, T | ''>;

type ChoiceFieldProps<T extends string> = ChoiceProps<T> & {
  field: 'category' | 'urgency' | 'module';
  options: readonly T[];
  isOption: (value: unknown) => value is T;
  optionLabel: (option: T) => string;
};

function ChoiceField<T extends string>({
  field,
  options,
  isOption,
  optionLabel,
  value,
  onChange,
  ...select
}: ChoiceFieldProps<T>) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t(`fields.${field}`)}
      value={value}
      onChange={(event) => isOption(event.target.value) && onChange(event.target.value)}
      errorName={field}
      {...select}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {optionLabel(option)}
        </option>
      ))}
    </SelectField>
  );
}

export function CategoryField(props: ChoiceProps<Category>) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      field="category"
      options={CATEGORIES}
      isOption={isCategory}
      optionLabel={(option) => t(`category.${option}`)}
      {...props}
    />
  );
}

export function UrgencyField(props: ChoiceProps<Urgency>) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      field="urgency"
      options={URGENCIES}
      isOption={isUrgency}
      optionLabel={(option) => t(`urgency.${option}`)}
      {...props}
    />
  );
}

/** Offers every module unless `options` narrows them (to a site's, say). */
export function ModuleField({ options = MODULES, ...props }: ChoiceProps<ModuleCode> & { options?: readonly ModuleCode[] }) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      field="module"
      options={options}
      isOption={isModule}
      optionLabel={(option) => t(`module.${option}`)}
      {...props}
    />
  );
}

/** A required site choice among `sites`; its value is the site id. */
export function SiteField({ sites, value, onChange, ...select }: ChoiceProps<string> & { sites: readonly TSite[] }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('fields.site')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      errorName="siteId"
      required
      {...select}
    >
      {sites.map((option) => (
        <option key={option.id} value={option.id}>
          {option.code} · {option.name}
        </option>
      ))}
    </SelectField>
  );
}

/** The one-line summary: required, 200 characters at most. */
export function SummaryField({ value, onChange, ...input }: BoundProps<ComponentProps<typeof TextField>, string>) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('fields.summary')}
      value={value}
      maxLength={200}
      required
      onChange={(event) => onChange(event.target.value)}
      errorName="summary"
      {...input}
    />
  );
}

export function DescriptionField({ value, onChange, ...textarea }: BoundProps<ComponentProps<typeof TextAreaField>, string>) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      label={t('fields.description')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      errorName="description"
      {...textarea}
    />
  );
}
