import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { readFileSync } from 'node:fs';
import { builtPages, distFile } from './site.ts';

const pages = builtPages();

// Two full stops in a row that are not part of an ellipsis: "Boose Jr..", "10 p.m..".
const DOUBLED = /(?<!\.)\.\.(?!\.)/g;

test('the check finds a doubled stop and passes an ellipsis', () => {
  expect('Boose Jr.. Title'.match(DOUBLED)).toHaveLength(1);
  expect('and so on... done.'.match(DOUBLED)).toBeNull();
});

for (const path of pages) {
  test(`${path} has no doubled full stops`, () => {
    const text = toText(fromHtml(readFileSync(distFile(path), 'utf8')));
    expect(text.length).toBeGreaterThan(200);
    const around = [...text.matchAll(DOUBLED)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 5));
    expect(around).toEqual([]);
  });
}
