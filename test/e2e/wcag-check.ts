import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe's WCAG 2.2 A and AA rules on the page as it stands: one line per failing element. Axe is
 * injected, which the app's CSP refuses, so the page's context must be made with `bypassCSP`, and
 * only for this check.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    // Experimental in axe, so off by default; it is WCAG 2.5.3 (Label in Name), level A. (Before
    // withTags: options() replaces the whole option object.)
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(WCAG_22_AA)
    .analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} at ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
    ),
  );
}
