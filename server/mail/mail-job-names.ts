/** Delivers one row of `outbound_emails` ({ emailId }). */
export const SEND_EMAIL_JOB = 'email.send';
/** Turns one in-app notification (a topic reply) into a mail ({ notificationId }); queued by the community. */
export const NOTIFICATION_EMAIL_JOB = 'notification.email';
/** Sends one person's waiting digest lines as one mail ({ userId }), at 07:00 UTC. */
export const DAILY_DIGEST_JOB = 'email.digest';
/** Deletes sent and failed mail past its retention, rows and outbox files; runs daily and queues its next run. */
export const PRUNE_OUTBOX_JOB = 'email.prune_outbox';
