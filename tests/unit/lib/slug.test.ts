import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPeninsulaMap } from '../../../src/lib/map/index.ts';
import { headingSlugger, PAGE_IDS } from '../../../src/lib/slug.ts';

/**
 * Body headings never take an id the page around the body already uses: a duplicate id is an HTML error
 * (the Nu checker's, issue 13) and sends a #fragment to the wrong element.
 */
describe('heading ids', () => {
  it('skip the ids of the page around the body, and still number repeats in order', () => {
    const slug = headingSlugger();
    expect(['References', 'Summary', 'Further reading', 'Background', 'Background', 'References'].map(slug)).toEqual([
      'references-1',
      'summary-1',
      'further-reading-1',
      'background',
      'background-1',
      'references-2',
    ]);
  });

  it('PAGE_IDS holds every fixed id of the templates that surround entry and opinion bodies', () => {
    const astro = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.astro'))
        .map((f) => join(dir, f));
    const templates = [
      ...astro('src/components'),
      ...astro('src/components/mdx'),
      ...astro('src/layouts'),
      ...astro('src/pages/entries/[slug]'),
      'src/pages/opinion/[slug].astro',
    ];
    const literal = new Set<string>();
    for (const file of templates) for (const m of readFileSync(file, 'utf8').matchAll(/\bid="([^"]+)"/g)) literal.add(m[1] ?? '');
    // The map's SVG is drawn in TypeScript, not in a template.
    for (const m of getPeninsulaMap().svg.matchAll(/\bid="([^"]+)"/g)) literal.add(m[1] ?? '');
    expect(literal.size).toBeGreaterThan(10);
    expect([...literal].filter((id) => !PAGE_IDS.includes(id))).toEqual([]);
  });
});
