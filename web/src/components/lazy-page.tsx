import { type ComponentType, lazy } from 'react';
import { useTranslation } from 'react-i18next';

/** A page component loaded on first use from its own chunk. */
export function lazyPage<TName extends string>(load: () => Promise<Record<TName, ComponentType>>, name: TName) {
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
}

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" aria-busy="true">
      {t('common.loading')}
    </p>
  );
}
