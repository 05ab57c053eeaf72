/**
 * Our own stylesheet without comments and spare whitespace, to ship inside an inline SVG (the map, charts) so
 * that only the pages showing it carry it. Inside inline SVG, `<` and `&` would be markup.
 */
export function compactCss(css: string): string {
  const compact = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};:,>]) ?/g, '$1')
    .replace(/;}/g, '}')
    .trim();
  if (/[<&]/.test(compact)) throw new Error('a stylesheet inlined in SVG may not contain "<" or "&"');
  return compact;
}
