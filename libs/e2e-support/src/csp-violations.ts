import type { BrowserContext } from 'playwright-core';

/** One Content-Security-Policy violation, as the page's `securitypolicyviolation` event tells it. */
export interface CspViolation {
  readonly page: string;
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
}

const BINDING = '__aneisCspViolation';

// Runs in every frame before the page's own scripts. A string, so this Node library needs no
// DOM types; the binding is installed by Playwright before the script runs.
const LISTENER = `document.addEventListener('securitypolicyviolation', (event) => {
  window.${BINDING}({
    page: location.href,
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
  });
});`;

/**
 * Adds every Content-Security-Policy violation in the context's pages to `into`, so a browser
 * suite can fail on any: the policy blocks silently, and the page may still look right.
 */
export async function recordCspViolations(
  context: BrowserContext,
  into: CspViolation[],
): Promise<void> {
  await context.exposeBinding(BINDING, (_source, violation: CspViolation) => {
    into.push(violation);
  });
  await context.addInitScript(LISTENER);
}
