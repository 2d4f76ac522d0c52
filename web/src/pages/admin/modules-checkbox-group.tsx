import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MODULES } from '../../../../shared/constants.ts';
import type { ModuleCode } from '../../api/types.ts';
import { CheckboxGroup } from '../../components/fields.tsx';

type Props = {
  id: string;
  legend: ReactNode;
  value: ModuleCode[];
  onChange: (modules: ModuleCode[]) => void;
  error?: string;
};

/** One checkbox per module, for the `modules` field of a site, user or vendor team. */
export function ModulesCheckboxGroup({ id, legend, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      id={id}
      legend={legend}
      options={MODULES.map((module) => ({ value: module, label: t(`module.${module}`) }))}
      value={value}
      onChange={onChange}
      errorName="modules"
      error={error}
    />
  );
}
