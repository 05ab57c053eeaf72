// `npm run new -- "Title" [--kind person] [--topic politics] [--alias "Other name"] [--slug file-name]`
// `npm run new:opinion -- "Original headline" [--slug file-name]`
// Writes a skeleton into content/entries/ (or content/opinion/) that the schema accepts but the content check
// refuses until every REPLACE note is replaced: see CONTRIBUTING.md. Honours PENINSULA_CONTENT, like the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, readContentFiles, readDataFiles } from '../src/integrations/content-files.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { entryTemplate, opinionTemplate, SCAFFOLD_MARKER_RE, SLUG_RE, slugFromTitle } from '../src/lib/scaffold.ts';
import { matchKey, slugFromPath, type Collection } from '../src/lib/slug.ts';
import { KIND_NAMES, TOPIC_NAMES, type Kind, type Topic } from '../src/lib/taxonomy.ts';
import { entrySchema } from '../src/schemas/entry.ts';
import { opinionSchema } from '../src/schemas/opinion.ts';

const USAGE = `Usage:
  npm run new -- "Title" [--kind ${KIND_NAMES.join('|')}] [--topic TOPIC]… [--alias NAME]… [--slug FILE-NAME]
  npm run new:opinion -- "Original headline" [--slug FILE-NAME]

Topics: ${TOPIC_NAMES.join(', ')}.
The new file holds REPLACE notes; "npm run check" lists those left. See CONTRIBUTING.md.`;

/** A refusal the editor can act on; `usage` adds the usage text when the command itself was mistyped. */
class Refusal extends Error {
  readonly usage: boolean;
  constructor(message: string, usage = false) {
    super(message);
    this.usage = usage;
  }
}

const fail = (message: string): never => {
  throw new Refusal(message);
};
const misuse = (message: string): never => {
  throw new Refusal(message, true);
};

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      opinion: { type: 'boolean', default: false },
      kind: { type: 'string', default: 'topic' },
      topic: { type: 'string', multiple: true, default: [] },
      alias: { type: 'string', multiple: true, default: [] },
      slug: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) misuse(`give exactly one title, in quotes (got ${positionals.length}).`);
  const title = positionals[0]!.trim();
  const collection: Collection = values.opinion ? 'opinion' : 'entries';
  const what = values.opinion ? 'opinion piece' : 'entry';

  // The title must pass the same schema rule the build applies.
  const titleRule = (values.opinion ? opinionSchema : entrySchema).shape.title.safeParse(title);
  if (!titleRule.success) fail(`the title ${titleRule.error.issues[0]?.message}.`);
  if (SCAFFOLD_MARKER_RE.test(title) || title.includes('[[') || /[{}<>]/.test(title)) {
    fail('the title may not contain REPLACE, [[ ]], braces or angle brackets.');
  }
  if (values.opinion && (values.alias.length || values.topic.length || values.kind !== 'topic')) {
    misuse('opinion pieces have no kind, topics or aliases; give only the headline (and --slug).');
  }
  const kind = values.kind as Kind;
  if (!KIND_NAMES.includes(kind)) misuse(`--kind must be one of: ${KIND_NAMES.join(', ')} (got "${values.kind}").`);
  const topics = values.topic.flatMap((t) => t.split(',')).map((t) => t.trim()) as Topic[];
  for (const t of topics) if (!TOPIC_NAMES.includes(t)) misuse(`--topic must be one of: ${TOPIC_NAMES.join(', ')} (got "${t}").`);
  if (topics.length > 4) misuse('give at most four topics.');

  const slug = values.slug ?? slugFromTitle(title);
  if (!slug)
    fail(
      `no file name can be made from "${title}" (it has no Latin letters); choose one with --slug, e.g. --slug gaeseong-gongdan.`,
    );
  if (!SLUG_RE.test(slug)) misuse(`--slug must be lowercase letters, digits and single hyphens (got "${slug}").`);

  // Refuse what the content check would refuse later: a name or a file that already exists.
  const root = contentDir();
  const files = readContentFiles(root);
  const model = checkContent(files, { compile: false, contentRoot: root, dataFiles: readDataFiles(root) });
  if (values.opinion) {
    const same = model.opinions.find((o) => matchKey(o.data.title) === matchKey(title));
    if (same) fail(`"${same.data.title}" is already an opinion piece: ${same.file}.`);
  } else {
    for (const name of [title, ...values.alias]) {
      const existing = model.index.byName.get(matchKey(name));
      if (existing) {
        fail(
          `"${name}" is already the title or an alias of ${existing.file} ("${existing.title}"). ` +
            `Improve that entry, link to it with [[${existing.title}]], or choose a more specific title.`,
        );
      }
    }
  }
  const taken = files.find((f) => f.collection === collection && slugFromPath(f.path) === slug);
  if (taken)
    fail(
      `${taken.path} already exists, so /${collection}/${slug}/ is taken. Edit that file, or choose another file name with --slug.`,
    );

  const today = new Date().toISOString().slice(0, 10);
  const text = values.opinion
    ? opinionTemplate({ title, today })
    : entryTemplate({ title, kind, topics, aliases: values.alias, today });
  const dir = join(root, collection);
  const path = join(dir, `${slug}.mdx`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
  const shown = relative(process.cwd(), path) || path;
  console.log(`Created ${shown} (${values.opinion ? what : `${what}, kind: ${kind}`}), published at /${collection}/${slug}/.

Next:
  1. Replace every REPLACE note with real text; "npm run check" lists the ones left, by line.${
    values.opinion ? '' : topics.length ? '' : '\n     Choose its topics (the template put "history" as a placeholder).'
  }
  2. npm run dev, and open http://127.0.0.1:4321/${collection}/${slug}/ to see it as you write.
  3. ${values.opinion ? 'Name the entries it concerns (concerns, claims), so it shows on their pages.' : 'Link it from the entries that mention it, so readers can reach it.'}
  4. npm run check, then open a pull request (CONTRIBUTING.md has the checklist).`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  // parseArgs rejects unknown options and missing values with ERR_PARSE_ARGS_* codes.
  const badArgs = err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS');
  if (err instanceof Error && (err instanceof Refusal || badArgs)) {
    const usage = badArgs || (err instanceof Refusal && err.usage);
    console.error(`npm run new: ${err.message}${usage ? `\n\n${USAGE}` : ''}`);
    process.exitCode = 1;
  } else {
    throw err;
  }
}
