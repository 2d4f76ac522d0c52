import { useState } from 'react';
import type { Category, TCreateHelpRequest, TSite, Urgency } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { resolveSiteAndModule, selectableSites } from '../../lib/site-choice.ts';
import { useSuggestionOpens } from './use-suggestion-opens.ts';

/**
 * The fields every new request is filed with (the web form's and the phone log's), over the
 * sites the user may file under. Site and module fall back to the first valid ones.
 */
export function useRequestDraft() {
  const { user } = useMe();
  const sitesData = useApiData<TSite[]>('/api/sites');
  const sites = selectableSites(sitesData.data ?? [], user.siteIds);

  const [siteChoice, setSiteId] = useState('');
  const [moduleChoice, setModule] = useState('');
  const [category, setCategory] = useState<Category>('other');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [summary, setSummary] = useState('');
  const [description, setDescription] = useState('');
  const suggestionOpens = useSuggestionOpens();
  const { site, module } = resolveSiteAndModule(sites, siteChoice, moduleChoice);

  const fields: Partial<TCreateHelpRequest> = {
    siteId: site?.id,
    module: module || undefined,
    category,
    urgency,
    summary,
    description,
  };
  /** Empties what describes one request, keeping site and module for the next. */
  const clearDetails = () => {
    setCategory('other');
    setUrgency('normal');
    setSummary('');
    setDescription('');
    suggestionOpens.clear();
  };

  return {
    sites,
    sitesError: sitesData.error,
    siteId: site?.id ?? '',
    siteModules: site?.modules ?? [],
    module,
    category,
    urgency,
    summary,
    description,
    setSiteId,
    setModule,
    setCategory,
    setUrgency,
    setSummary,
    setDescription,
    fields,
    clearDetails,
    /** Suggestions opened while this request is written, sent once it is created. */
    suggestionOpens,
  };
}
