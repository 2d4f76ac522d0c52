import type { TDeflectionResponse } from '../../api/search-types.ts';

export type DeflectionSite = TDeflectionResponse['sites'][number];

/** Share of all the site's requests resolved at level 1 without escalation; null without requests. */
export const levelOneShare = (site: DeflectionSite): number | null =>
  site.requests > 0 ? site.resolvedAtLevelOne / site.requests : null;

/** A 0–1 share as a whole percentage in the interface language ("40 %", "٤٠٪"); `empty` when there is none. */
export function formatShare(share: number | null, language: string, empty: string): string {
  if (share === null) return empty;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A share clamped to the bar's 0–100 length. */
export const barLength = (share: number | null): number => Math.max(0, Math.min(100, (share ?? 0) * 100));
