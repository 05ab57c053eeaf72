import { describe, expect, it } from 'vitest';
import { smarten } from '../../../src/markdown/remark-smart-quotes.ts';
import { renderMarkdown } from '../helpers.ts';

describe('smart quotes', () => {
  it.each([
    ['"Two hostile states" doctrine', '“Two hostile states” doctrine'],
    ["North Korea's leader", 'North Korea’s leader'],
    ["the '90s famine", 'the ‘90s famine'],
    ["'single' quotes", '‘single’ quotes'],
    ['1950--1953 and a pause---then', '1950–1953 and a pause—then'],
    ['wait...', 'wait…'],
    ['(“already curly”)', '(“already curly”)'],
    ['a hyphen-ated word', 'a hyphen-ated word'],
  ])('%s → %s', (input, output) => expect(smarten(input)).toBe(output));

  it('runs in the real pipeline, leaves code alone and closes quotes after a link', async () => {
    const { code } = await renderMarkdown('Said "it\'s [[DMZ]]". And `"code"`; [[DMZ]]\'s line.');
    expect(code).toContain('Said “it’s');
    expect(code).toContain('</a>”.');
    expect(code).toContain('<code>"code"</code>');
    expect(code).toContain('</a>’s line');
  });
});
