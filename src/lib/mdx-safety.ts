import type { Diagnostic } from './diagnostics.ts';
import { lineAt } from './wikilinks.ts';

/**
 * MDX is code: `import`, `export`, `{expressions}` and JSX run at build time or in readers' browsers.
 * Content arrives by pull request, so the body may hold Markdown only. No components are registered
 * for authors yet, so every tag is refused; when some are, they get an allow-list here.
 */
export function checkMdxSafety(file: string, body: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const code = maskCode(body);
  const report = (offset: number, value: string, message: string, fix: string) =>
    diagnostics.push({ severity: 'error', file, line: lineAt(body, offset), value: JSON.stringify(value), message, fix });

  for (const m of code.matchAll(/^[ \t]*(import|export)\b.*$/gm)) {
    report(
      m.index,
      m[0].trim(),
      `uses "${m[1]}", which runs code when the site is built`,
      'remove the line; content may not import or export anything',
    );
  }
  for (const m of code.matchAll(/<!--/g)) {
    report(
      m.index,
      body.slice(m.index, m.index + 40).split('\n')[0],
      'has an HTML comment, which MDX does not allow',
      'remove it; leave notes for other editors in the pull request instead',
    );
  }
  for (const m of code.matchAll(/<((?:https?|mailto):[^>\s]*)>/gi)) {
    report(
      m.index,
      m[0],
      'has an address in angle brackets, which MDX reads as a tag',
      `write it as a link: [shown text](${m[1]})`,
    );
  }
  for (const m of code.matchAll(/<\/?>/g)) {
    report(m.index, m[0], 'has the fragment tag <>: HTML and components are not allowed in entries', 'remove it');
  }
  // One report per element: a closing tag is reported only when its opening tag was not.
  const open = new Map<string, number>();
  for (const m of code.matchAll(/<(\/?)([A-Za-z][\w.:-]*)[^>\n]*>?/g)) {
    if (/^(?:https?|mailto):/i.test(m[2])) continue;
    const name = m[2].toLowerCase();
    const opened = open.get(name) ?? 0;
    if (m[1]) {
      if (opened > 0) {
        open.set(name, opened - 1);
        continue;
      }
    } else if (!/\/>$/.test(m[0])) open.set(name, opened + 1);
    const why =
      name === 'script'
        ? "a <script> would run in readers' browsers"
        : name === 'iframe'
          ? 'an <iframe> embeds another site in ours'
          : /\son[a-z]+\s*=/i.test(m[0])
            ? "inline event handlers run code in readers' browsers"
            : 'HTML and components are not allowed in entries';
    report(
      m.index,
      m[0],
      `has the tag <${m[2]}>: ${why}`,
      'use Markdown instead (**bold**, lists, tables); write "less than" rather than "<"',
    );
  }
  // A {…} pair on one line is one expression; any other brace is reported on its own.
  for (const m of code.matchAll(/\{[^{}\n]*\}|[{}]/g)) {
    report(
      m.index,
      m[0],
      'has a curly brace, which MDX runs as a JavaScript expression',
      'remove it, or reword: braces are not allowed in entry text',
    );
  }
  return diagnostics;
}

/** Blanks fenced and inline code (where these characters are harmless text) while keeping offsets. */
export function maskCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, blank).replace(/`[^`\n]*`/g, blank);
}
