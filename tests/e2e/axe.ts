import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA plus axe's best practices: the bar every page must clear. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Violations on the page as one readable line each (rule, help, first three offending nodes); [] when clean.
 * A scan that passed no rule at all looked at nothing (a blank page, an error page): it throws instead of
 * reporting a clean page.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.passes.length < 10)
    throw new Error(`axe passed only ${results.passes.length} rules on ${page.url()}: nothing to scan?`);
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}
