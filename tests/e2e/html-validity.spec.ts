import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import { builtPages, distFile } from './site.ts';

/**
 * The Nu HTML checker (vnu) is not installed on our machines, so the built pages are checked here for what it
 * would report that we have met: HTML parse errors, a <figure> whose caption is not its first or last child
 * (the <details> of the map's text alternative once sat after it), duplicate ids, references to missing ids,
 * and lists, definition lists and tables with children their content model forbids.
 */
const pages = builtPages();

function problems(html: string): string[] {
  const found: string[] = [];
  const tree: Root = fromHtml(html, { onerror: (e) => void found.push(`parse error: ${e.reason} (line ${e.line})`) });
  const ids = new Map<string, number>();
  const refs: [string, string][] = [];
  const elementChildren = (el: Element) => el.children.filter((c): c is Element => c.type === 'element');
  visit(tree, 'element', (el: Element, _i, parent) => {
    const id = el.properties.id;
    if (typeof id === 'string') ids.set(id, (ids.get(id) ?? 0) + 1);
    for (const attr of ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor'] as const) {
      const v: unknown = el.properties[attr];
      for (const ref of Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\s+/) : []) refs.push([attr, String(ref)]);
    }
    const kids = elementChildren(el);
    if (el.tagName === 'figure') {
      if (kids.some((k) => k.tagName === 'details')) found.push('<details> inside <figure>');
      const at = kids.findIndex((k) => k.tagName === 'figcaption');
      if (at > 0 && at < kids.length - 1) found.push('<figcaption> neither first nor last in its <figure>');
    }
    if (el.tagName === 'dl') {
      for (const k of kids)
        if (!['dt', 'dd', 'div', 'script', 'template'].includes(k.tagName)) found.push(`<${k.tagName}> in <dl>`);
    }
    if (el.tagName === 'ul' || el.tagName === 'ol') {
      for (const k of kids)
        if (!['li', 'script', 'template'].includes(k.tagName)) found.push(`<${k.tagName}> in <${el.tagName}>`);
    }
    if (el.tagName === 'li' && parent?.type === 'element' && !['ul', 'ol', 'menu'].includes(parent.tagName))
      found.push(`<li> in <${parent.tagName}>`);
    if (el.tagName === 'table') {
      const at = kids.findIndex((k) => k.tagName === 'caption');
      if (at > 0) found.push('<caption> not the first child of its <table>');
    }
  });
  for (const [id, n] of ids) if (n > 1) found.push(`id "${id}" used ${n} times`);
  for (const [attr, ref] of refs) if (!ids.has(ref)) found.push(`${attr} points to missing id "${ref}"`);
  return found;
}

test('the checks catch the faults they look for', () => {
  const bad =
    '<!doctype html><html lang="en"><head><title>x</title></head><body>' +
    '<figure><img src="a.png" alt="a"><figcaption>c</figcaption><details><summary>s</summary></details></figure>' +
    '<p id="a">1</p><p id="a">2</p><ul><p>no</p></ul><label for="nowhere">x</label></body></html>';
  expect(problems(bad)).toEqual(
    expect.arrayContaining([
      '<details> inside <figure>',
      '<figcaption> neither first nor last in its <figure>',
      'id "a" used 2 times',
      '<p> in <ul>',
      'htmlFor points to missing id "nowhere"',
    ]),
  );
});

for (const path of pages) {
  test(`${path} has none of the HTML errors the Nu checker reported`, () => {
    const html = readFileSync(distFile(path), 'utf8');
    expect(html.length).toBeGreaterThan(500);
    expect(problems(html)).toEqual([]);
  });
}
