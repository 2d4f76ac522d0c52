export const CREATE_JIRA_ISSUE_JOB = 'jira.create-issue';
export const SEND_JIRA_COMMENT_JOB = 'jira.send-comment';
export const PROCESS_JIRA_EVENT_JOB = 'jira.process-event';
export const POLL_JIRA_JOB = 'jira.poll';
