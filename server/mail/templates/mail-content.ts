/** A piece of a mail body: a paragraph, a quoted text (a comment, a reason), or a list of links. */
export type MailBlock =
  | { kind: 'text'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'links'; items: { title: string; url: string }[] };

/** What a template says, before the shared layout turns it into text and HTML. */
export type MailContent = {
  subject: string;
  blocks: MailBlock[];
  action: { label: string; url: string };
};
