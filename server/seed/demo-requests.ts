import type { Category } from '../../shared/constants.ts';
import { TEMPLATES_AR_GBV } from './demo-requests-ar.ts';
import { TEMPLATES_EN_CP, TEMPLATES_EN_MRM } from './demo-requests-en.ts';
import { TEMPLATES_ES_GBV } from './demo-requests-es.ts';
import { TEMPLATES_FR_CP } from './demo-requests-fr.ts';
import { TEMPLATES_PT_CP } from './demo-requests-pt.ts';

/**
 * One invented help request, written in the site's language. Placeholders filled per request:
 * {district}, {agency}, {worker} (a Primero user name, never a person), {n} and {m} (small numbers).
 *
 * `reach` is the highest level the story makes sense at: 1 = solved by the site admin, 2 = needs
 * the coordinator or help desk, 3 = needs a code change (these carry `l3`, the English part of the
 * dossier the help desk writes for the developers).
 */
export type RequestTemplate = {
  c: Category;
  reach: 1 | 2 | 3;
  /** Summary (one line). */
  s: string;
  /** Description. */
  d: string;
  /** What resolved it (the resolution summary). */
  fix: string;
  /** What the site admin tried before escalating (reach ≥ 2). */
  tried?: string;
  tags?: string[];
  l3?: { steps: string; expected: string; actual: string };
};

/** Request templates by site code; each site runs one module, so each set is module-specific. */
export const TEMPLATES_BY_SITE: Record<string, readonly RequestTemplate[]> = {
  SLE: TEMPLATES_EN_CP,
  SSD: TEMPLATES_EN_MRM,
  JOR: TEMPLATES_AR_GBV,
  COD: TEMPLATES_FR_CP,
  COL: TEMPLATES_ES_GBV,
  MOZ: TEMPLATES_PT_CP,
};
