import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODULES } from '../../../../shared/constants.ts';
import { api } from '../../api/client.ts';
import type { ModuleCode, TRoute, TVendorTeam } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

/** Which vendor team receives each module's level-3 requests. */
export function RoutingTab() {
  const { t } = useTranslation();
  const routes = useApiData<TRoute[]>('/api/vendor-routes');
  const teams = useApiData<TVendorTeam[]>('/api/vendor-teams');
  const [choices, setChoices] = useState<Partial<Record<ModuleCode, string>>>({});
  const [isSaved, setIsSaved] = useState(false);

  const teamFor = (module: ModuleCode): string =>
    choices[module] ?? routes.data?.find((route) => route.module === module)?.vendorTeamId ?? '';

  const save = useAction(() =>
    api.put<TRoute[] | { routes: TRoute[] }>('/api/vendor-routes', {
      routes: MODULES.map((module) => ({ module, vendorTeamId: teamFor(module) || null })),
    }),
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSaved(false);
    const result = await save.run();
    if (!result.ok) return;
    setIsSaved(true);
    setChoices({});
    routes.reload();
  };

  return (
    <section aria-labelledby="routing-title">
      <h2 id="routing-title">{t('admin.tabs.routing')}</h2>
      <p className="muted">{t('admin.routing.intro')}</p>
      <ErrorAlert error={routes.error ?? teams.error} />
      <form className="form panel" onSubmit={onSubmit} data-testid="routing-form">
        {MODULES.map((module) => (
          <div key={module} className="field routing-row">
            <label htmlFor={`route-${module}`}>{t(`module.${module}`)}</label>
            <select
              id={`route-${module}`}
              value={teamFor(module)}
              onChange={(event) => {
                setIsSaved(false);
                setChoices({ ...choices, [module]: event.target.value });
              }}
              data-testid={`route-${module}`}
            >
              <option value="">{t('admin.routing.none')}</option>
              {(teams.data ?? []).map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
        ))}
        <ErrorAlert error={save.error} />
        {isSaved ? (
          <div className="alert alert--success" role="status">
            {t('admin.routing.saved')}
          </div>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="routing-save">
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
