import { describe, expect, it } from 'vitest';
import { langSegments } from '../../../src/lib/lang-runs.ts';
import { renderMarkdown } from '../helpers.ts';

describe('langSegments', () => {
  it('cuts text into Korean, Chinese and other runs that join back to the text', () => {
    const text = 'The 6·25 전쟁 or 한국 전쟁 (抗美援朝战争), and 南北韓 남북한.';
    const segments = langSegments(text);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.lang)).toEqual([
      { text: '전쟁', lang: 'ko' },
      { text: '한국 전쟁', lang: 'ko' },
      { text: '抗美援朝战争', lang: 'zh' },
      { text: '南北韓 남북한', lang: 'ko' },
    ]);
  });

  it('gives plain English one segment without a language', () => {
    expect(langSegments('Kaesŏng Industrial Region')).toEqual([{ text: 'Kaesŏng Industrial Region' }]);
  });
});

describe('rehype-lang through the real processor', () => {
  it('marks each Hangul run in paragraphs, emphasis, lists and tables', async () => {
    const { code } = await renderMarkdown(
      'Called 남북정상회담 (*Nambuk*), or *햇볕 정책*.\n\n- 개성\n\n| A |\n| --- |\n| 금강산 |',
    );
    expect(code).toContain('Called <span lang="ko">남북정상회담</span> (<em>Nambuk</em>)');
    expect(code).toContain('<em><span lang="ko">햇볕 정책</span></em>');
    expect(code).toContain('<li><span lang="ko">개성</span></li>');
    expect(code).toContain('<td><span lang="ko">금강산</span></td>');
  });

  it('marks Han-only runs Chinese, and leaves code alone', async () => {
    const { code } = await renderMarkdown('China calls it 抗美援朝战争. Code: `한국`.');
    expect(code).toContain('<span lang="zh">抗美援朝战争</span>');
    expect(code).toContain('<code>한국</code>');
  });

  it('reaches text inside author components and headings', async () => {
    const { code } = await renderMarkdown('## 통일\n\n<Aside>The word 통일 means unification.</Aside>');
    expect(code).toMatch(/<h2 id="[^"]*"><span lang="ko">통일<\/span>/);
    expect(code).toContain('The word <span lang="ko">통일</span> means');
  });
});
