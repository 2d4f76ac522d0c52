/** Reminds the relays still pending for one round of a notice ({ noticeId, round }), once, shortly before the window. */
export const NOTICE_REMINDERS_JOB = 'notice.reminders';
