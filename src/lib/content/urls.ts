/**
 * Address checks for body links and source URLs. Browsers ignore case, and strip tabs, newlines and other
 * control characters, before they read a scheme, so "JaVa\tScRiPt:" is still javascript:. Character
 * references (&#x6A;) are already decoded by the Markdown parser when these run.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this strips
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;

/** The scheme a browser would read from an address, lower-cased, or undefined for a relative address. */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(IGNORED_BY_BROWSERS, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

export const SAFE_SCHEMES = ['http', 'https', 'mailto'] as const;

/** http, https and mailto addresses and relative ones (/entries/…, #section) are safe; anything else may run code. */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(scheme);
}

/** Host labels as DNS allows them, and a top-level domain of letters. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
/** "nwww", "wwww", "ww", "wwwx": a www typed wrong, which resolves nowhere. */
const WWW_TYPO = /^(?:[a-z]www|www[a-z]|w{4,}|ww)$/i;

/**
 * What is wrong with a source address that parses as an http(s) URL, or undefined if nothing: readers follow these to check a fact, so a
 * typo in the host is a broken promise even when the address is syntactically a URL.
 */
export function sourceUrlProblem(url: string): string | undefined {
  if (/\s/.test(url)) return 'contains a space';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL at all: the schema's own URL rule reports that.
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname;
  if (host.endsWith('.')) return `has a host ending in a dot ("${host}")`;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return `has a malformed host ("${host}")`;
  if (!/^[a-z]{2,}$/i.test(labels.at(-1)!) && !/^xn--/.test(labels.at(-1)!)) return `has a malformed host ("${host}")`;
  if (WWW_TYPO.test(labels[0]!)) return `has a mistyped host ("${host}": "${labels[0]}" for "www"?)`;
  return undefined;
}
