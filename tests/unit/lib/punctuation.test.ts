import { describe, expect, it } from 'vitest';
import { endsSentence, stop } from '../../../src/lib/punctuation.ts';

describe('stop', () => {
  it.each([
    ['Boose Jr.', 'Boose Jr.'],
    ['Shelling begins at 10 p.m.', 'Shelling begins at 10 p.m.'],
    ['Is the war over?', 'Is the war over?'],
    ['“Peace now!”', '“Peace now!”'],
    ['(see above.)', '(see above.)'],
    ['Armistice signed', 'Armistice signed.'],
    ['Kim Il Sung ', 'Kim Il Sung.'],
    ['The U.S', 'The U.S.'],
  ])('%s → %s', (text, expected) => {
    expect(stop(text)).toBe(expected);
  });

  it('knows a sentence end from a mid-word stop', () => {
    expect(endsSentence('Ph.D.')).toBe(true);
    expect(endsSentence('38th parallel')).toBe(false);
  });
});
