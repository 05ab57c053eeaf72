import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, mla } from '../../../src/lib/cite.ts';

const page = {
  title: 'Korean Armistice Agreement',
  url: 'https://peninsula.example.org/entries/korean-armistice-agreement/',
  siteName: 'Peninsula',
  updated: '2026-11-24',
  accessed: '2026-12-01',
};

describe('cite this page', () => {
  it('APA 7', () =>
    expect(apa(page)).toBe(
      'Korean Armistice Agreement. (2026, November 24). Peninsula. Retrieved December 1, 2026, from https://peninsula.example.org/entries/korean-armistice-agreement/',
    ));
  it('MLA 9', () =>
    expect(mla(page)).toBe(
      '“Korean Armistice Agreement.” Peninsula, 24 Nov. 2026, peninsula.example.org/entries/korean-armistice-agreement/. Accessed 1 Dec. 2026.',
    ));
  it('Chicago', () =>
    expect(chicago(page)).toBe(
      '“Korean Armistice Agreement.” Peninsula. Last modified November 24, 2026. Accessed December 1, 2026. https://peninsula.example.org/entries/korean-armistice-agreement/.',
    ));
  it('BibTeX keeps capitals and escapes special characters', () => {
    const out = bibtex({ ...page, title: 'Sanctions & the 1718 Committee' });
    expect(out).toContain('@misc{peninsula-korean-armistice-agreement,');
    expect(out).toContain('title = {{Sanctions \\& the 1718 Committee}},');
    expect(out).toContain('url = {https://peninsula.example.org/entries/korean-armistice-agreement/},');
  });
  it('refuses a date without a day rather than inventing one', () =>
    expect(() => apa({ ...page, updated: '2026-11' })).toThrow());
});
