import type { EmailKind } from '../../../shared/mail-schemas.ts';
import type { MailLocale } from '../mail-locale.ts';
import { escapeHtml } from './escape-html.ts';
import { LAYOUT_STRINGS } from './layout-strings.ts';
import type { MailBlock, MailContent } from './mail-content.ts';

export type MailFooter = { kind: EmailKind; unsubscribeUrl: string | null; settingsUrl: string };
export type RenderedMail = { subject: string; text: string; html: string };

const FONT = 'font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif';

function blockText(block: MailBlock): string {
  if (block.kind === 'text') return block.text;
  if (block.kind === 'quote')
    return block.text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
  return block.items.map((item) => `- ${item.title}\n  ${item.url}`).join('\n');
}

const paragraphHtml = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

function blockHtml(block: MailBlock, isRtl: boolean): string {
  if (block.kind === 'text') return `<p style="margin:0 0 16px">${paragraphHtml(block.text)}</p>`;
  if (block.kind === 'quote') {
    const side = isRtl ? 'right' : 'left';
    return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-${side}:4px solid #cbd2d9;background:#f5f7fa">${paragraphHtml(block.text)}</blockquote>`;
  }
  const items = block.items
    .map((item) => `<li style="margin:0 0 8px"><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a></li>`)
    .join('');
  return `<ul style="margin:0 0 16px;padding-inline-start:20px">${items}</ul>`;
}

/**
 * The shared frame of every mail: the template's blocks, the action link, the redaction note when
 * something was removed, and a footer saying why it came and how to stop it. The HTML loads
 * nothing remote (no images, no fonts, no tracking) and is right-to-left in Arabic.
 */
export function renderLayout(options: {
  locale: MailLocale;
  content: MailContent;
  isRedacted: boolean;
  footer: MailFooter;
}): RenderedMail {
  const { locale, content, footer } = options;
  const strings = LAYOUT_STRINGS[locale];
  const isRtl = locale === 'ar';
  const blocks: MailBlock[] = [
    ...content.blocks,
    ...(options.isRedacted ? [{ kind: 'text' as const, text: strings.redactedNote }] : []),
  ];
  const footerLines = [strings.automatic, strings.reason(strings.kinds[footer.kind])];

  const text = [
    ...blocks.map(blockText),
    `${content.action.label}: ${content.action.url}`,
    `-- \n${footerLines.join('\n')}`,
    ...(footer.unsubscribeUrl ? [`${strings.unsubscribe}: ${footer.unsubscribeUrl}`] : []),
    `${strings.settings}: ${footer.settingsUrl}`,
  ].join('\n\n');

  const footerLinks = [
    ...(footer.unsubscribeUrl ? [`<a href="${escapeHtml(footer.unsubscribeUrl)}">${escapeHtml(strings.unsubscribe)}</a>`] : []),
    `<a href="${escapeHtml(footer.settingsUrl)}">${escapeHtml(strings.settings)}</a>`,
  ].join(' · ');
  const html = `<!doctype html>
<html lang="${locale}" dir="${isRtl ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#ffffff">
<div style="max-width:600px;margin:0 auto;padding:24px 16px;${FONT};font-size:15px;line-height:1.5;color:#1f2933;text-align:${isRtl ? 'right' : 'left'}">
${blocks.map((block) => blockHtml(block, isRtl)).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:10px 16px;background:#1f5f99;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p>
<hr style="border:none;border-top:1px solid #e4e7eb;margin:24px 0 12px">
<p style="margin:0;font-size:12px;color:#616e7c">${footerLines.map(escapeHtml).join('<br>')}<br>${footerLinks}</p>
</div>
</body>
</html>
`;
  return { subject: content.subject, text: `${text}\n`, html };
}
