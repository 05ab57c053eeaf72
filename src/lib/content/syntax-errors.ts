import type { VFileMessage } from 'vfile-message';
import type { Diagnostic } from '../diagnostics.ts';

/**
 * MDX reads "<" as the start of a tag and "{" as the start of code, so text that is harmless in Markdown can
 * fail to parse. The parser's own message is about tokens; the editor needs to know what they wrote and what
 * to write instead, so the common cases are recognised from the text at the error's position.
 */
export function describeSyntaxError(err: VFileMessage, file: string, body: string): Diagnostic {
  const line = err.line ?? undefined;
  const column = err.column ?? undefined;
  const lineText = line ? (body.split('\n')[line - 1] ?? '') : '';
  // The parser reports where it gave up: the "<" or "{" that began the construct is at or before it.
  const upto = column ? lineText.slice(0, column) : lineText;
  const lt = upto.lastIndexOf('<');
  const brace = upto.lastIndexOf('{');
  const from = Math.max(lt, brace);
  const near = (from >= 0 ? lineText.slice(from) : lineText.trim()).slice(0, 40);
  const base = { severity: 'error' as const, file, line, column: from >= 0 ? from + 1 : column, value: JSON.stringify(near) };
  const reason = err.reason;

  if (near.startsWith('<!--')) {
    return { ...base, message: 'has an HTML comment, which MDX does not allow', fix: 'remove it; leave notes for other editors in the pull request instead' };
  }
  const autolink = /^<((?:https?|mailto):[^>\s]*)>?/i.exec(near);
  if (autolink) {
    return { ...base, message: 'has an address in angle brackets, which MDX reads as a tag', fix: `write it as a link: [shown text](${autolink[1]})` };
  }
  if (from === lt && lt >= 0) {
    return {
      ...base,
      message: `has a "<" that MDX reads as the start of a tag, which cannot be parsed (${reason})`,
      fix: 'write "less than" in words; for a component, check its spelling and that the tag is closed (<Aside>…</Aside> or <Figure … />)',
    };
  }
  if (from === brace && brace >= 0) {
    return {
      ...base,
      message: `has a curly brace, which MDX runs as a JavaScript expression (${reason})`,
      fix: 'remove it, or reword: braces are not allowed in entry text',
    };
  }
  return { ...base, message: `cannot be parsed as MDX: ${reason}`, fix: 'correct the text at that position (see CONTRIBUTING.md, "Writing the body")' };
}
