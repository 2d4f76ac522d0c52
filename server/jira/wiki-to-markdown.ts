/** Jira wiki markup (Data Center comments) to our Markdown, for the markup people actually type. */
export function wikiToMarkdown(wiki: string): string {
  const codeBlocks: string[] = [];
  let text = wiki.replace(/\r\n/g, '\n');
  // Code and noformat first, kept aside so nothing inside them is converted.
  text = text.replace(
    /\{(code|noformat)(?::([^}]*))?\}([\s\S]*?)\{\1\}/g,
    (_match, _tag, options: string | undefined, body: string) => {
      const language = options?.split('|').find((part) => !part.includes('=')) ?? '';
      codeBlocks.push(`\`\`\`${language}\n${body.replace(/^\n|\n$/g, '')}\n\`\`\``);
      return `\uE000${codeBlocks.length - 1}\uE000`;
    },
  );
  text = text
    .split('\n')
    .map((line) => {
      const heading = line.match(/^h([1-6])\.\s+(.*)$/);
      if (heading) return `${'#'.repeat(Number(heading[1]))} ${heading[2]}`;
      const bullet = line.match(/^(\*+|-)\s+(.*)$/);
      if (bullet) return `${'  '.repeat(bullet[1] === '-' ? 0 : bullet[1].length - 1)}- ${bullet[2]}`;
      const numbered = line.match(/^(#+)\s+(.*)$/);
      if (numbered) return `${'   '.repeat(numbered[1].length - 1)}1. ${numbered[2]}`;
      if (line.startsWith('bq. ')) return `> ${line.slice(4)}`;
      if (/^----\s*$/.test(line)) return '---';
      return line;
    })
    .join('\n');
  text = text
    .replace(/\{\{([^}]+)\}\}/g, '`$1`')
    .replace(/\[~([^\]]+)\]/g, '**@$1**')
    .replace(/\[([^|\]]+)\|([^\]]+)\]/g, '[$1]($2)')
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=[\s).,!?:;]|$)/g, '$1**$2**')
    .replace(/(^|[\s(])_([^_\n]+)_(?=[\s).,!?:;]|$)/g, '$1*$2*')
    .replace(/(^|[\s(])-([^-\n]+)-(?=[\s).,!?:;]|$)/g, '$1~~$2~~')
    .replace(/\\([{}[\]*_^~|!#+-])/g, '$1');
  return text.replace(/\uE000(\d+)\uE000/g, (_match, index: string) => codeBlocks[Number(index)]).trim();
}
