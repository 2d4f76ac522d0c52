import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';

describe('[KB]: Markdown rendering', () => {
  it('renders headings one level down (the article title is the h1), paragraphs and emphasis', () => {
    expect(renderMarkdown('# Reset a password\n\nOpen **Users**, then *Edit*; `snake_case` and ~~old~~ text.')).toBe(
      '<h2>Reset a password</h2>\n<p>Open <strong>Users</strong>, then <em>Edit</em>; <code>snake_case</code> and <del>old</del> text.</p>',
    );
    expect(renderMarkdown('Title\n=====\n\nPart\n----')).toBe('<h2>Title</h2>\n<h3>Part</h3>');
    expect(renderMarkdown('###### six')).toBe('<h6>six</h6>');
  });

  it('leaves intraword underscores and unmatched markers alone', () => {
    expect(renderMarkdown('user_name_field and 2 * 3 * 4 and **open')).toBe('<p>user_name_field and 2 * 3 * 4 and **open</p>');
    expect(renderMarkdown('***both*** and **a *b* c**')).toBe(
      '<p><em><strong>both</strong></em> and <strong>a <em>b</em> c</strong></p>',
    );
  });

  it('renders tight and loose lists, nested lists and ordered lists with their start', () => {
    expect(renderMarkdown('- one\n- two\n  - nested\n- three')).toBe(
      '<ul>\n<li>one</li>\n<li>two\n<ul>\n<li>nested</li>\n</ul></li>\n<li>three</li>\n</ul>',
    );
    expect(renderMarkdown('1. first\n\n2. second')).toBe('<ol>\n<li><p>first</p></li>\n<li><p>second</p></li>\n</ol>');
    expect(renderMarkdown('3. three\n4. four')).toBe('<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>');
  });

  it('renders fenced and indented code blocks with their content escaped', () => {
    expect(renderMarkdown('```bash\nrails c\nputs "<ok>"\n```')).toBe(
      '<pre><code class="language-bash">rails c\nputs &quot;&lt;ok&gt;&quot;\n</code></pre>',
    );
    expect(renderMarkdown('text\n\n    indented & code')).toBe('<p>text</p>\n<pre><code>indented &amp; code\n</code></pre>');
    expect(renderMarkdown('```"><img src=x onerror=alert(1)>\nx\n```')).toBe('<pre><code>x\n</code></pre>');
  });

  it('renders blockquotes, rules, hard breaks and tables', () => {
    expect(renderMarkdown('> Note\n> > inner')).toBe(
      '<blockquote>\n<p>Note</p>\n<blockquote>\n<p>inner</p>\n</blockquote>\n</blockquote>',
    );
    expect(renderMarkdown('a  \nb\\\nc\n\n---')).toBe('<p>a<br>\nb<br>\nc</p>\n<hr>');
    expect(renderMarkdown('| Browser | Works |\n|---|:-:|\n| Chrome | **yes** |')).toBe(
      '<table>\n<thead>\n<tr><th>Browser</th><th>Works</th></tr>\n</thead>\n<tbody>\n<tr><td>Chrome</td><td><strong>yes</strong></td></tr>\n</tbody>\n</table>',
    );
  });

  it('renders links, images and autolinks; external links get rel="nofollow noopener noreferrer"', () => {
    expect(renderMarkdown('[Guide](https://example.org/a_(b) "The guide")')).toBe(
      '<p><a href="https://example.org/a_(b)" title="The guide" rel="nofollow noopener noreferrer">Guide</a></p>',
    );
    expect(renderMarkdown('[Users](/kb/123) and [mail](mailto:help@example.org)')).toBe(
      '<p><a href="/kb/123">Users</a> and <a href="mailto:help@example.org" rel="nofollow noopener noreferrer">mail</a></p>',
    );
    expect(renderMarkdown('![Sync *button*](/api/kb/articles/1/attachments/2)')).toBe(
      '<p><img src="/api/kb/articles/1/attachments/2" alt="Sync button" loading="lazy"></p>',
    );
    expect(renderMarkdown('See https://primero.example.org/login. Or <https://a.example.org/x?a=1&b=2>')).toBe(
      '<p>See <a href="https://primero.example.org/login" rel="nofollow noopener noreferrer">https://primero.example.org/login</a>. Or <a href="https://a.example.org/x?a=1&amp;b=2" rel="nofollow noopener noreferrer">https://a.example.org/x?a=1&amp;b=2</a></p>',
    );
  });

  it('keeps right-to-left and accented text as it is', () => {
    expect(renderMarkdown('## إعادة تعيين كلمة المرور\n\nانقر على **حفظ**.')).toBe(
      '<h3>إعادة تعيين كلمة المرور</h3>\n<p>انقر على <strong>حفظ</strong>.</p>',
    );
  });

  it('stays fast on pathological input', () => {
    const started = performance.now();
    renderMarkdown(`${'**a '.repeat(20_000)}\n${'['.repeat(20_000)}\n${'> '.repeat(2_000)}x\n${'- '.repeat(500)}y`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
