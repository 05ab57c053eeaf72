import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { schemaFields } from '../../src/lib/schema-fields.ts';
import { KIND_NAMES, TOPICS, TOPIC_NAMES } from '../../src/lib/taxonomy.ts';
import { entrySchema } from '../../src/schemas/entry.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { opinionSchema } from '../../src/schemas/opinion.ts';

/**
 * The contributor documentation cannot drift from the code: CONTRIBUTING.md's field tables must list exactly
 * the schemas' fields, the pull-request template must carry its checklist, and the issue form the site links
 * to must accept the `page` the site fills in.
 */
const contributing = readFileSync('CONTRIBUTING.md', 'utf8');

/** Rows of the table between `<!-- fields: name -->` and `<!-- /fields -->`: the field and its "required" cell. */
function documentedFields(name: string): { path: string; required: boolean }[] {
  const block = new RegExp(`<!-- fields: ${name} -->\\n([\\s\\S]*?)<!-- /fields -->`).exec(contributing)?.[1];
  if (!block) throw new Error(`CONTRIBUTING.md has no <!-- fields: ${name} --> table`);
  return block
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => {
      const [, field, required] = line.split('|').map((cell) => cell.trim());
      expect(required, `the "required" cell of ${field}`).toMatch(/^(yes|no)$/);
      return { path: (field ?? '').replace(/`/g, ''), required: required === 'yes' };
    });
}

/** The shapes of the GitHub files these tests read (YAML parses to `any`). */
interface IssueForm {
  name?: string;
  body: { id?: string; type?: string; attributes?: { options?: string[] }; validations?: unknown }[];
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
}

describe('CONTRIBUTING.md documents the frontmatter exactly as the schemas define it', () => {
  it.each([
    ['entry', entrySchema],
    ['opinion', opinionSchema],
    ['dataset', datasetSchema],
  ] as const)('every %s field, in schema order, with whether it is required', (name, schema) => {
    expect(documentedFields(name)).toEqual(schemaFields(schema));
  });

  it('names every kind and every topic', () => {
    const entryTable = /<!-- fields: entry -->[\s\S]*?<!-- \/fields -->/.exec(contributing)![0];
    for (const kind of KIND_NAMES) expect(entryTable).toContain(`\`${kind}\``);
    for (const topic of TOPIC_NAMES) expect(entryTable).toContain(`\`${topic}\``);
  });

  it('reads the schemas the way the check does: nested and list fields, optional and defaulted ones', () => {
    const fields = schemaFields(entrySchema);
    expect(fields).toContainEqual({ path: 'korean', required: false });
    expect(fields).toContainEqual({ path: 'korean.hangul', required: true });
    expect(fields).toContainEqual({ path: 'aliases', required: false });
    expect(fields).toContainEqual({ path: 'events[].end', required: false });
    expect(fields).toContainEqual({ path: 'sources[].url', required: true });
  });
});

describe('repository templates', () => {
  it('the pull-request template carries the checklist of CONTRIBUTING.md, word for word', () => {
    const checklist = /<!-- checklist -->\n([\s\S]*?)<!-- \/checklist -->/.exec(contributing)?.[1]?.trim();
    expect(checklist?.split('\n').length).toBeGreaterThanOrEqual(8);
    expect(readFileSync('.github/PULL_REQUEST_TEMPLATE.md', 'utf8')).toContain(checklist);
  });

  it('the report-an-error form takes the page the site pre-fills (?template=report-an-error.yml&page=…)', () => {
    const form = parse(readFileSync('.github/ISSUE_TEMPLATE/report-an-error.yml', 'utf8')) as IssueForm;
    expect(form.name).toBeTruthy();
    expect(form.body.find((f) => f.id === 'page')).toMatchObject({
      type: 'input',
      validations: { required: true },
    });
  });

  it('the request-an-entry form offers exactly the kinds the schema knows', () => {
    const form = parse(readFileSync('.github/ISSUE_TEMPLATE/request-an-entry.yml', 'utf8')) as IssueForm;
    expect(form.body.find((f) => f.id === 'kind')?.attributes?.options).toEqual(KIND_NAMES);
  });

  it('CI installs without rewriting the lockfile and runs the README test command; deploy builds main for Pages', () => {
    const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as Workflow;
    expect(Object.keys(ci.on)).toEqual(['pull_request', 'push']);
    const steps = ci.jobs['test']?.steps ?? [];
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with).toMatchObject({ 'node-version': 22 });
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual([
      'npm install --no-audit --no-fund',
      'git diff --exit-code package-lock.json',
      'npx playwright install --with-deps chromium',
      'npm test',
    ]);

    const deploy = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
    expect(deploy.on['push']?.branches).toEqual(['main']);
    const build = deploy.jobs['build']?.steps ?? [];
    expect(build.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(build.map((s) => s.run).filter(Boolean)).toContain('npm run build');
    expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
    expect(deploy.jobs['deploy']?.steps[0]?.uses).toMatch(/^actions\/deploy-pages@/);
  });
});

describe('CONTRIBUTING.md states the tagging rule of every topic, as src/lib/taxonomy.ts has it', () => {
  it('lists each topic once, with its heading and rule', () => {
    const block = /<!-- topics -->\n([\s\S]*?)<!-- \/topics -->/.exec(contributing)?.[1] ?? '';
    const rows = block
      .split('\n')
      .filter((line) => /^\| `/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((r) => r[1]!.replace(/`/g, ''))).toEqual(TOPIC_NAMES);
    for (const [, id, label, rule] of rows) {
      const topic = TOPICS[id!.replace(/`/g, '') as keyof typeof TOPICS];
      expect(label).toBe(topic.label);
      expect(rule).toBe(topic.rule);
    }
  });
});
