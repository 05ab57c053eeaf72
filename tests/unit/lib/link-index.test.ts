import { describe, expect, it } from 'vitest';
import { createLinkIndex, describeUnresolved, resolveLink } from '../../../src/lib/link-index.ts';
import { sampleIndex, target } from '../helpers.ts';

describe('resolveLink', () => {
  it.each([
    ['Korean War', undefined, '/entries/korean-war/'],
    ['KOREAN WAR', undefined, '/entries/korean-war/'],
    ['  korean   war ', undefined, '/entries/korean-war/'],
    ['dmz', undefined, '/entries/korean-demilitarized-zone/'],
    ['한국 전쟁', undefined, '/entries/korean-war/'],
    ['6·25 War', undefined, '/entries/korean-war/'],
    ['Korean War', 'Armistice', '/entries/korean-war/#armistice'],
    ['Korean War', 'armistice', '/entries/korean-war/#armistice'],
  ])('[[%s#%s]] → %s', (name, fragment, href) => {
    const result = resolveLink(sampleIndex, { target: name, fragment });
    expect(result.ok && result.href).toBe(href);
  });

  it('treats dash and apostrophe variants as the same title', () => {
    const index = createLinkIndex([
      target('us-rok', 'United States–South Korea alliance'),
      target('nk-nuke', "North Korea's nuclear program"),
    ]);
    expect(resolveLink(index, { target: 'United States-South Korea alliance' }).ok).toBe(true);
    expect(resolveLink(index, { target: 'North Korea’s nuclear program' }).ok).toBe(true);
  });

  it('honours the base path', () => {
    const result = resolveLink(sampleIndex, { target: 'DMZ' }, '/peninsula/');
    expect(result.ok && result.href).toBe('/peninsula/entries/korean-demilitarized-zone/');
  });

  it('suggests the closest titles for a miss, and says so in the wording editors see', () => {
    const link = { raw: '[[Sunshine Polcy]]', target: 'Sunshine Polcy' };
    const result = resolveLink(sampleIndex, link);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.suggestions[0]).toBe('Sunshine Policy');
    expect(describeUnresolved(link, result)).toBe(
      '[[Sunshine Polcy]] matches no entry title or alias. Did you mean "Sunshine Policy"?',
    );
  });

  it('says what to do when nothing is close', () => {
    const link = { raw: '[[Zebra]]', target: 'Zebra' };
    const result = resolveLink(sampleIndex, link);
    if (result.ok) throw new Error('should not resolve');
    expect(describeUnresolved(link, result)).toBe(
      '[[Zebra]] matches no entry title or alias. Check the spelling, or add the entry (or an alias) before linking to it.',
    );
  });

  it('reports a missing heading with the headings that exist', () => {
    const link = { raw: '[[Korean War#Backgrund]]', target: 'Korean War', fragment: 'Backgrund' };
    const result = resolveLink(sampleIndex, link);
    if (result.ok) throw new Error('should not resolve');
    expect(result.reason).toBe('no-heading');
    expect(describeUnresolved(link, result)).toContain('Did you mean "Background"?');
  });
});

describe('createLinkIndex', () => {
  it('records a title or alias claimed by two entries as a clash', () => {
    const index = createLinkIndex([target('a', 'Armistice'), target('b', 'Korean Armistice', ['armistice'])]);
    expect(index.clashes).toHaveLength(1);
    expect(index.clashes[0]!.name).toBe('armistice');
    expect(index.clashes[0]!.first.slug).toBe('a');
  });
});
