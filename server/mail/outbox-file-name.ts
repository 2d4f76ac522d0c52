/** The name a mail's `.eml` file has in DATA_DIR/outbox when no SMTP is configured. */
export function outboxFileName(email: { id: string; createdAt: Date }): string {
  return `${email.createdAt.toISOString().replace(/[:.]/g, '-')}-${email.id}.eml`;
}
