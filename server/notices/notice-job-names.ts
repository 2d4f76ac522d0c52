/** Reminds the relays still pending for one round of a notice ({ noticeId, round }), once, shortly before the window. */
export const NOTICE_REMINDERS_JOB = 'notice.reminders';

/** How long before the window a pending relay is reminded. */
export const NOTICE_REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;
