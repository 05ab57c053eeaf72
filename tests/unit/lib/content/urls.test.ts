import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, sourceUrlProblem, urlScheme } from '../../../../src/lib/content/urls.ts';
import { sourceSchema } from '../../../../src/schemas/common.ts';

describe('urlScheme reads a scheme as a browser would', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    [' \tjava\nscript:alert(1)', 'javascript'],
    ['java\u200bscript:x', 'javascript'],
    ['https://example.org/', 'https'],
    ['mailto:editors@example.org', 'mailto'],
    ['/entries/korean-war/', undefined],
    ['#references', undefined],
    ['../x', undefined],
  ])('%j → %s', (url, scheme) => expect(urlScheme(url)).toBe(scheme));

  it('allows only http, https, mailto and relative addresses', () => {
    expect(['https://a.org', 'http://a.org', 'mailto:a@b.org', '/x/', '#y'].every(isSafeLinkUrl)).toBe(true);
    expect(['javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'JAVASCRIPT:x'].some(isSafeLinkUrl)).toBe(false);
  });
});

describe('source URLs an editor mistyped', () => {
  it.each([
    ['https://nwww.koreaherald.com/view.php?ud=1', 'has a mistyped host ("nwww.koreaherald.com": "nwww" for "www"?)'],
    ['https://wwww.bbc.co.uk/news', 'has a mistyped host'],
    ['https://thediplomat.com./2020/06/x', 'has a host ending in a dot ("thediplomat.com.")'],
    ['https://www.example.org/a b', 'contains a space'],
    ['https://localhost/x', 'has a malformed host ("localhost")'],
    ['https://exa_mple.org/', 'has a malformed host'],
    ['https://example.c/', 'has a malformed host'],
  ])('%s', (url, problem) => expect(sourceUrlProblem(url)).toContain(problem));

  it.each(['https://www.koreaherald.com/view.php?ud=20200920000188', 'http://news.bbc.co.uk/2/hi/3312455.stm', 'https://www2.example.org/', 'https://xn--9n2bp8q.kr/'])(
    'accepts %s',
    (url) => expect(sourceUrlProblem(url)).toBeUndefined(),
  );

  it('is part of the source schema, with a fix an editor can follow', () => {
    const result = sourceSchema.safeParse({ id: 'x', title: 'T', publisher: 'P', url: 'https://nwww.example.org/', accessed: '2026-12-03' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'must be a working web address, and this one has a mistyped host ("nwww.example.org": "nwww" for "www"?): copy it again from the browser\'s address bar',
    );
    const ftp = sourceSchema.safeParse({ id: 'x', title: 'T', publisher: 'P', url: 'ftp://example.org/', accessed: '2026-12-03' });
    expect(ftp.error?.issues.map((i) => i.message)).toEqual(['must be a full web address starting with https:// (or http://)']);
  });
});
