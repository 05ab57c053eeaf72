import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers.ts';

const table = '| Date | Place |\n| --- | --- |\n| 2000 | Pyongyang |\n| 2018 | Panmunjom |';

describe('rehype-tables through the real processor', () => {
  it('moves a "Table:" paragraph before the table into its caption and names the scroll region by it', async () => {
    const { code } = await renderMarkdown(`## Summits\n\nTable: The *five* summits\n\n${table}\n\nAfter.`);
    expect(code).toContain(
      '<div class="table-scroll" role="region" aria-labelledby="table-caption-1" tabindex="0"><table><caption id="table-caption-1">The <em>five</em> summits</caption>',
    );
    expect(code).not.toContain('Table:');
    expect(code).toContain('<p>After.</p>');
  });

  it('takes a "Table:" paragraph right after the table too', async () => {
    const { code } = await renderMarkdown(`Before.\n\n${table}\n\nTable: Summits by year`);
    expect(code).toContain('<caption id="table-caption-1">Summits by year</caption>');
    expect(code).toContain('<p>Before.</p>');
    expect(code).not.toContain('Table:');
  });

  it('falls back to the heading the table sits under, hidden as the heading shows it, then the title', async () => {
    const under = await renderMarkdown(`## Nuclear tests\n\nText.\n\n${table}`);
    expect(under.code).toContain('<caption id="table-caption-1" class="visually-hidden">Nuclear tests</caption>');
    const top = await renderMarkdown(table, { title: 'Inter-Korean summits' });
    expect(top.code).toContain('<caption id="table-caption-1" class="visually-hidden">Inter-Korean summits</caption>');
  });

  it('scopes every header cell to its column and numbers captions per document', async () => {
    const { code } = await renderMarkdown(`${table}\n\n${table}`);
    expect(code.match(/<th scope="col">/g)).toHaveLength(4);
    expect(code).not.toMatch(/<th>/);
    expect(code).toContain('id="table-caption-1"');
    expect(code).toContain('id="table-caption-2"');
  });

  it('leaves a paragraph that merely mentions a table alone', async () => {
    const { code } = await renderMarkdown(`The table below: summits.\n\n${table}`);
    expect(code).toContain('<p>The table below: summits.</p>');
  });
});
