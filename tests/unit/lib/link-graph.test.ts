import { describe, expect, it } from 'vitest';
import { collectHeadings, collectLinks } from '../../../src/lib/content/collect.ts';
import { buildLinkGraph, relatedEntries } from '../../../src/lib/link-graph.ts';
import { parseBody, sampleIndex } from '../helpers.ts';

const sources = [
  {
    collection: 'entries' as const,
    slug: 'korean-war',
    title: 'Korean War',
    body: 'The war began in 1950. It ended with the [[Armistice|armistice]] of 1953.[@un] The [[DMZ]] followed.\n\nLater the [[DMZ]] again.',
  },
  {
    collection: 'entries' as const,
    slug: 'sunshine-policy',
    title: 'Sunshine Policy',
    body: 'Engagement came long after the [[Korean War#Armistice|war]]. It did not change the **[[DMZ]]**.',
  },
  { collection: 'opinion' as const, slug: 'op', title: 'An opinion', body: 'The author cites the [[Sunshine Policy]].' },
];
const docs = sources.map(({ body, ...doc }) => ({ ...doc, links: collectLinks(parseBody(body)) }));

describe('buildLinkGraph', () => {
  const graph = buildLinkGraph(sampleIndex, docs);

  it('lists each entry a document links to once, in order of first mention', () => {
    expect(graph.outgoing.get('entries/korean-war')).toEqual(['korean-armistice-agreement', 'korean-demilitarized-zone']);
    expect(graph.outgoing.get('entries/sunshine-policy')).toEqual(['korean-war', 'korean-demilitarized-zone']);
  });

  it('gives backlinks with the sentence of the first mention, as plain text', () => {
    expect(graph.backlinks.get('korean-demilitarized-zone')).toEqual([
      { collection: 'entries', slug: 'korean-war', title: 'Korean War', context: 'The DMZ followed.' },
      { collection: 'entries', slug: 'sunshine-policy', title: 'Sunshine Policy', context: 'It did not change the DMZ.' },
    ]);
    expect(graph.backlinks.get('korean-armistice-agreement')?.[0]?.context).toBe('It ended with the armistice of 1953.');
  });

  it('counts opinion pieces as linking documents', () => {
    expect(graph.backlinks.get('sunshine-policy')).toEqual([
      { collection: 'opinion', slug: 'op', title: 'An opinion', context: 'The author cites the Sunshine Policy.' },
    ]);
  });

  it('ranks related entries by links in both directions', () => {
    expect(relatedEntries(graph, 'korean-war').slice(0, 2)).toEqual(['korean-armistice-agreement', 'korean-demilitarized-zone']);
    expect(relatedEntries(graph, 'korean-war')).toContain('sunshine-policy');
  });
});

describe('links and headings read from the syntax tree', () => {
  it('does not count a [[…]] written as code: it renders as code, so it links nothing', () => {
    const links = collectLinks(parseBody('Write `[[Korean War]]` for a link.\n\n```\n[[DMZ]]\n```\n\nSee [[Sunshine Policy]].'));
    expect(links.map((l) => l.target)).toEqual(['Sunshine Policy']);
  });

  it('reads ATX and setext headings alike, as readers see them', () => {
    const headings = collectHeadings(
      parseBody('Origins\n=======\n\nText.\n\nThe [[Korean War|war]]’s end[@un]\n---------\n\n## Legacy ##\n'),
    );
    expect(headings.map(({ depth, text, id }) => ({ depth, text, id }))).toEqual([
      { depth: 1, text: 'Origins', id: 'origins' },
      { depth: 2, text: 'The war’s end', id: 'the-wars-end' },
      { depth: 2, text: 'Legacy', id: 'legacy' },
    ]);
  });
});
