import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import { visit } from 'unist-util-visit';
import { builtPages, distFile } from './site.ts';

/**
 * The Nu HTML checker itself (vnu-jar, which needs Java) runs once over the whole of dist/: the last test here.
 * The per-page checks before it look, without Java, for the faults it has reported that we have met: HTML parse
 * errors, a <figure> whose caption is not its first or last child (the <details> of the map's text alternative
 * once sat after it), duplicate ids, references to missing ids, and lists, definition lists and tables with
 * children their content model forbids. They name the page that broke, and run in `npx playwright test` anywhere.
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

/** How to get the Java the checker runs on, for the failure message when there is none. */
const JAVA_HELP =
  'The Nu HTML checker (vnu-jar) needs Java 11 or later as `java` on PATH: on Debian, apt-get install -y ' +
  'default-jre-headless (as .ci/run does); elsewhere any Java 11+ runtime.';

/** The major version of `java` on PATH, or why there is none usable. */
function javaVersion(): number | string {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (run.error) return `\`java -version\` failed (${run.error.message}). ${JAVA_HELP}`;
  const major = /version "(\d+)(?:\.(\d+))?/.exec(`${run.stderr}${run.stdout}`);
  if (!major) return `\`java -version\` printed no version: ${run.stderr}${run.stdout}. ${JAVA_HELP}`;
  // Java 8 and older call themselves 1.x.
  const n = Number(major[1]) === 1 ? Number(major[2]) : Number(major[1]);
  return n >= 11 ? n : `Java ${n} is too old. ${JAVA_HELP}`;
}

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

test('the Nu HTML checker reports no errors on any built page', async () => {
  // One JVM for every page: about 12 s for 101 pages on an idle 2-core machine, a minute when it is saturated.
  test.setTimeout(300_000);
  const java = javaVersion();
  expect(typeof java, String(java)).toBe('number');

  const dist = resolve('dist');
  const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
  expect(htmlFiles.filter((f) => f === 'index.html' || f.endsWith(`${sep}index.html`)).length).toBeGreaterThan(80);

  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  // Errors only, as issue 13 asks. --verbose names each file checked on stdout; the JSON report goes to stderr.
  const args = ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', '--verbose', dist];
  const { status, stdout, stderr } = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
    (done, fail) => {
      const child = spawn('java', args);
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      child.on('error', fail);
      child.on('close', (code) => done({ status: code, stdout: out, stderr: err }));
    },
  );

  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(stderr) as { messages: NuMessage[] };
  } catch {
    throw new Error(`The Nu checker (exit ${status}) printed no JSON report:\n${stderr}\n${stdout}`);
  }
  const distPath = (url = '') => relative(dist, url.replace(/^file:/, '')) || url;
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  const at = (m: NuMessage) => ({
    file: `dist/${distPath(m.url)}`,
    line: m.firstLine ?? m.lastLine ?? 0,
    column: m.firstColumn ?? 0,
  });
  const lines = errors
    .map((m) => ({ ...at(m), m }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
    .map(({ file, line, column, m }) => `${file}:${line}:${column}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);
  // One broken component repeats its error on every page it is on: the counts by message come first.
  const counts = new Map<string, number>();
  for (const m of errors) counts.set(m.message, (counts.get(m.message) ?? 0) + 1);
  const summary = [...counts].map(([message, n]) => `${n} × ${message}`).join('\n');
  expect(errors.length, `${errors.length} Nu checker errors:\n${summary}\n\n${lines.join('\n')}\n`).toBe(0);
  expect(status, stderr).toBe(0);

  // Every HTML file in dist/ was checked: a checker that skipped them would report nothing too.
  const checked = stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.endsWith('.html'))
    .map((line) => relative(dist, resolve(line)))
    .sort();
  expect(checked).toEqual(htmlFiles);
});
