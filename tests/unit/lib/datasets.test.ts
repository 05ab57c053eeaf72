import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile, type DataFile } from '../../../src/lib/content-check.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';

/**
 * Data files behind charts (content/data/<id>.yaml) are part of the content model: validated once, with the
 * errors an editor needs (file:line, field, value, fix), and the ids the body check accepts in <Chart data="…">.
 */
const fixture = (name: string) => readFileSync(`tests/fixtures/valid/${name}`, 'utf8');
const alpha = fixture('entries/alpha-war.mdx');
const beta = fixture('entries/beta-agreement.mdx');
const gamma = fixture('opinion/gamma-view.mdx');

const DATA = `title: Alpha War casualties
description: Soldiers killed each year of the Alpha War, as the ministry counted them.
kind: bars-by-year
series:
  - id: killed
    label: Soldiers killed
    unit: people
sources:
  - id: ministry
    title: Casualty report
    publisher: Ministry of Defence
    url: https://example.org/casualties
    accessed: "2026-11-24"
points:
  - year: 1950
    values: { killed: 1200 }
    sources: [ministry]
  - year: 1951
    values: { killed: 900 }
    sources: [ministry]
`;
const PATH = 'content/data/alpha-casualties.yaml';

const run = (data: string | null, body?: string, path = PATH) => {
  const files: ContentFile[] = [
    {
      collection: 'entries',
      path: 'content/entries/alpha-war.mdx',
      text: body ? alpha.replace(/\n## /, `\n${body}\n\n## `) : alpha,
    },
    { collection: 'entries', path: 'content/entries/beta-agreement.mdx', text: beta },
    { collection: 'opinion', path: 'content/opinion/gamma-view.mdx', text: gamma },
  ];
  const dataFiles: DataFile[] = data === null ? [] : [{ path, text: data }];
  return checkContent(files, { compile: false, dataFiles });
};
const errors = (data: string | null, body?: string, path?: string) =>
  run(data, body, path)
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic);
const CHART = '<Chart data="alpha-casualties" />';

describe('data files in the content model', () => {
  it('a valid dataset shown by a chart: no problems, and the model holds it with its id', () => {
    const model = run(DATA, CHART);
    expect(model.diagnostics.filter((d) => d.file.includes('data/') || d.message.includes('Chart'))).toEqual([]);
    expect(model.datasets.map((d) => [d.id, d.points.length, d.series[0]!.unit])).toEqual([['alpha-casualties', 2, 'people']]);
  });

  it('a dataset no page shows is a warning with the tag to place', () => {
    const warnings = run(DATA).diagnostics.filter((d) => d.severity === 'warning' && d.file === PATH);
    expect(warnings.map(formatDiagnostic)).toEqual([
      'content/data/alpha-casualties.yaml: warning: dataset "alpha-casualties" is not shown on any page\n' +
        '    fix: place it in the entry it illustrates with <Chart data="alpha-casualties" />, or remove the file',
    ]);
  });

  it('a point citing a source the dataset does not list names the line and the ids it may use', () => {
    expect(
      errors(DATA.replace('    sources: [ministry]\n  - year: 1951', '    sources: [minstry]\n  - year: 1951'), CHART),
    ).toEqual([
      'content/data/alpha-casualties.yaml:17: error: points[0].sources[0]: has a value that is not allowed (found: "minstry")\n' +
        "    fix: correct the value: it must be the id of one of the dataset's sources: ministry",
    ]);
  });

  it('a value for a series that does not exist, and a series left without a value', () => {
    expect(errors(DATA.replace('values: { killed: 900 }', 'values: { kiled: 900 }'), CHART)).toEqual([
      'content/data/alpha-casualties.yaml:19: error: points[1].values.kiled: has a value that is not allowed (found: 900)\n' +
        '    fix: correct the value: it must be the id of a series: one of killed',
      'content/data/alpha-casualties.yaml:19: error: points[1].values.killed: is required but missing (found: (missing))\n' +
        '    fix: add "killed:" to the data file; it must be given for every series (write killed: null where no source gives a value)',
    ]);
  });

  it('years out of order, a date in a chart by year, and a value that is not a number', () => {
    expect(errors(DATA.replace('year: 1951', 'year: 1949'), CHART)).toEqual([
      'content/data/alpha-casualties.yaml:18: error: points[1].year: has a value that is not allowed (found: 1949)\n' +
        '    fix: correct the value: it must come after the point before it: list points once each, oldest first',
    ]);
    expect(errors(DATA.replace('  - year: 1951', '  - date: "1951-06-25"\n    year: 1951'), CHART)).toEqual([
      'content/data/alpha-casualties.yaml:18: error: points[1].date: has a value that is not allowed (found: "1951-06-25")\n' +
        '    fix: correct the value: it must be removed: a chart of kind "bars-by-year" is drawn by `year`',
    ]);
    expect(errors(DATA.replace('killed: 900', 'killed: about 900'), CHART)).toEqual([
      'content/data/alpha-casualties.yaml:19: error: points[1].values.killed: has a value that is not allowed (found: "about 900")\n' +
        '    fix: correct the value: it must be a number, or null where no source gives one',
    ]);
  });

  it('an unknown field lists the allowed ones, and a source without an access date says what to add', () => {
    expect(errors(DATA.replace('kind: bars-by-year', 'kind: bars-by-year\nchart: bars'), CHART)).toEqual([
      'content/data/alpha-casualties.yaml:4: error: (data file): unknown field "chart" (found: chart)\n' +
        '    fix: remove it or correct its name; allowed fields here: title, description, kind, series, sources, points, notes',
    ]);
    expect(errors(DATA.replace('    accessed: "2026-11-24"\n', ''), CHART)).toEqual([
      'content/data/alpha-casualties.yaml:9: error: sources[0].accessed: is required but missing (found: (missing))\n' +
        '    fix: add "accessed:" to the data file; it must be a date written "YYYY-MM-DD" (or "YYYY-MM", "YYYY"), e.g. "1953-07-27"',
    ]);
  });

  it('YAML that does not parse, and a file name that cannot be an id', () => {
    expect(errors(DATA.replace('    values: { killed: 900 }', '    values: { killed: 900 '), CHART)).toEqual([
      expect.stringMatching(/^content\/data\/alpha-casualties\.yaml:19: error: is not valid YAML: /),
    ]);
    expect(errors(DATA, undefined, 'content/data/Alpha_Casualties.yaml')).toEqual([
      'content/data/Alpha_Casualties.yaml: error: has a file name that cannot be a dataset id: use lowercase letters, digits and single hyphens (found: "Alpha_Casualties.yaml")\n' +
        '    fix: rename it, e.g. to alpha-casualties.yaml (the name is what <Chart data="…"> uses)',
    ]);
  });
});

describe('<Chart> in an entry body', () => {
  it('refuses a dataset that does not exist, suggesting the nearest and listing the ids', () => {
    expect(errors(DATA, '<Chart data="alpha-casualty" />')).toEqual([
      expect.stringMatching(
        /^content\/entries\/alpha-war\.mdx:\d+:1: error: <Chart> shows "alpha-casualty", which is not a dataset in content\/data\/ \(did you mean "alpha-casualties"\?\) \(found: "alpha-casualty"\)\n {4}fix: use one of: alpha-casualties, or add content\/data\/alpha-casualty\.yaml \(see CONTRIBUTING\.md, "Charts"\)$/,
      ),
    ]);
  });

  it('refuses a chart without data, one with an undeclared prop, and the same chart twice', () => {
    expect(errors(DATA, '<Chart />')).toEqual([expect.stringContaining('<Chart> is missing the required prop "data"')]);
    expect(errors(DATA, '<Chart data="alpha-casualties" colour="red" />')).toEqual([
      expect.stringContaining('<Chart> has no prop "colour" (found: "colour")\n    fix: use only "data", "caption"'),
    ]);
    expect(errors(DATA, `${CHART}\n\n${CHART}`)).toEqual([
      expect.stringContaining('shows the chart "alpha-casualties" a second time'),
    ]);
  });

  it('a chart of a faulty data file is reported once, by the data file, not also as a missing dataset', () => {
    const model = run(DATA.replace('kind: bars-by-year', 'kind: pie'), CHART);
    expect(model.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      'content/data/alpha-casualties.yaml:3: error: kind: has a value that is not allowed (found: "pie")\n' +
        '    fix: correct the value: it must be one of: bars-by-year, dated-points',
    ]);
    expect(model.datasets).toEqual([]);
  });
});
