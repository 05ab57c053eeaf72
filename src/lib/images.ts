import type { Diagnostic } from './diagnostics.ts';
import { maskCode } from './mdx-safety.ts';
import { lineAt } from './wikilinks.ts';

/** A Markdown image, inline `![alt](src "title")` or by reference `![alt][ref]`. */
export interface MarkdownImage {
  alt: string;
  /** The address, for inline images; undefined for reference images. */
  src?: string;
  raw: string;
  index: number;
}

const IMAGE = /!\[((?:[^\]\\\n]|\\.)*)\](?:\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)|\[([^\]\n]*)\])/g;

/** Images in a Markdown body, outside code. */
export function findImages(body: string): MarkdownImage[] {
  return [...maskCode(body).matchAll(IMAGE)].map((m) => ({
    alt: m[1],
    src: m[2],
    raw: body.slice(m.index, m.index + m[0].length),
    index: m.index,
  }));
}

/**
 * Every image needs alt text: screen-reader users and readers on a failed connection get nothing else. Images
 * come from the repository, never from other sites: the site loads nothing from elsewhere (README).
 */
export function checkImages(file: string, body: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const image of findImages(body)) {
    const line = lineAt(body, image.index);
    if (!image.alt.trim()) {
      diagnostics.push({
        severity: 'error',
        file,
        line,
        value: image.raw,
        message: 'has an image with no alt text',
        fix: 'describe what the image shows between the brackets: ![Map of the DMZ and the Northern Limit Line](…)',
      });
    }
    if (image.src && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(image.src)) {
      diagnostics.push({
        severity: 'error',
        file,
        line,
        value: image.src,
        message: 'loads an image from another site; the site loads nothing from elsewhere',
        fix: 'save the image (with its licence) next to the entry and link it with a relative path, e.g. ![…](./dmz-map.png)',
      });
    }
  }
  return diagnostics;
}
