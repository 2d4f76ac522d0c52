import type { TKbAttachment } from '../../../../shared/kb-schemas.ts';

/** Markdown for an article's file: an image is shown, a PDF is linked. */
export const attachmentMarkdown = (file: TKbAttachment) =>
  `${file.contentType.startsWith('image/') ? '!' : ''}[${file.fileName.replace(/[[\]()]/g, '')}](${file.url})`;
