import { type JobHandler, type JobRow, PermanentJobError } from '../jobs/job-worker.ts';
import { createJiraIssue } from './create-jira-issue.ts';
import type { JiraDeps } from './jira-deps.ts';
import { CREATE_JIRA_ISSUE_JOB, POLL_JIRA_JOB, PROCESS_JIRA_EVENT_JOB, SEND_JIRA_COMMENT_JOB } from './jira-job-names.ts';
import { pollJiraTeam } from './poll-jira-team.ts';
import { processJiraEvent, ZJiraEventPayload } from './process-jira-event.ts';
import { sendJiraComment } from './send-jira-comment.ts';

function payloadText(job: JobRow, key: string): string {
  const value = job.payload[key];
  if (typeof value !== 'string' || value === '') throw new PermanentJobError(`${job.name} needs ${key} in its payload`);
  return value;
}

/** The Jira connector's jobs: create the issue, send a comment, apply a webhook delivery, poll. */
export function jiraJobHandlers(deps: JiraDeps): Record<string, JobHandler> {
  return {
    [CREATE_JIRA_ISSUE_JOB]: (job) => createJiraIssue(deps, payloadText(job, 'requestId')),
    [SEND_JIRA_COMMENT_JOB]: (job) => sendJiraComment(deps, { eventId: Number(job.payload.eventId), isRetry: job.attempts > 1 }),
    [PROCESS_JIRA_EVENT_JOB]: async (job) => {
      const payload = ZJiraEventPayload.safeParse(job.payload);
      if (!payload.success) throw new PermanentJobError(`${job.name} has a malformed payload`);
      await processJiraEvent(deps, payload.data);
    },
    [POLL_JIRA_JOB]: async (job) => {
      await pollJiraTeam(deps, payloadText(job, 'vendorTeamId'));
    },
  };
}
