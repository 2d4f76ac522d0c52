import type { JiraFlavour } from '../../shared/jira-schemas.ts';

/** Everything needed to call one team's Jira, with the token already unsealed. */
export type JiraTarget = {
  flavour: JiraFlavour;
  baseUrl: string;
  authEmail: string | null;
  apiToken: string | null;
  /** Per call; a slow Jira must not hold a job worker for long. */
  timeoutMs: number;
};

/** Cloud (and Service Management on Cloud) speak REST v3 with ADF; Data Center speaks v2 with wiki text. */
export const apiBase = (target: Pick<JiraTarget, 'flavour'>) =>
  target.flavour === 'data_center' ? '/rest/api/2' : '/rest/api/3';

export const usesAdf = (target: Pick<JiraTarget, 'flavour'>) => target.flavour !== 'data_center';

export const issueUrl = (target: Pick<JiraTarget, 'baseUrl'>, key: string) =>
  `${target.baseUrl}/browse/${encodeURIComponent(key)}`;
