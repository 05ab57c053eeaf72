import type { Node } from 'unist';

export interface Point {
  line: number;
  column: number;
}

/**
 * The file position of an offset inside a node's text. Exact for plain text; where the source held an
 * escape or a character reference the column may be off by a few, never the line of a one-line text.
 */
export function offsetPoint(node: Node & { value?: string }, offset: number): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = (node.value ?? '').slice(0, offset);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}
