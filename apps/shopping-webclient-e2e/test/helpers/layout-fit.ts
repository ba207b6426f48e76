import type { Locator, Page } from 'playwright-core';

/**
 * What makes a page scroll sideways on a phone: the document wider than the window, and each
 * visible element whose painted box runs past its right edge (clipped by any ancestor that
 * clips, as a table in its own scroller is). Named by tag, id, classes, test id and a bit of
 * text, so a failure says which one. Boxes off the left edge on purpose (the skip link waiting
 * for focus) make no scrollbar and are not counted.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const found: string[] = [];
    if (doc.scrollWidth > width) found.push(`document: scrollWidth ${doc.scrollWidth} > ${width}`);
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      let right = box.right;
      for (let up = element.parentElement; up && up !== doc; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') {
          right = Math.min(right, up.getBoundingClientRect().right);
        }
      }
      if (right <= width + 0.5) continue;
      const name = [
        element.tagName.toLowerCase(),
        element.id ? `#${element.id}` : '',
        ...Array.from(element.classList).map((c) => `.${c}`),
        element.getAttribute('data-testid')
          ? `[data-testid=${element.getAttribute('data-testid')}]`
          : '',
      ].join('');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      found.push(`${name} right edge ${Math.round(right)} > ${width} "${text}"`);
    }
    return found;
  });
}

/**
 * The controls among `controls` a shopper cannot use: brought into view, each must lie within
 * the window's width and be what a tap on its middle reaches (not covered by something else).
 */
export async function unreachableControls(
  controls: Readonly<Record<string, Locator>>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, control] of Object.entries(controls)) {
    const target = control.first();
    await target.scrollIntoViewIfNeeded();
    const problem = await target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      if (box.width === 0 || box.height === 0) return 'not shown';
      if (box.left < 0 || box.right > width + 0.5) {
        return `outside the window (${Math.round(box.left)}..${Math.round(box.right)} of ${width})`;
      }
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!hit || element === hit || element.contains(hit)) return null;
      const label = element instanceof HTMLInputElement ? element.labels?.[0] : undefined;
      if (label && (label === hit || label.contains(hit))) return null;
      const by = `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}${Array.from(
        hit.classList,
      )
        .map((c) => `.${c}`)
        .join('')}`;
      return `covered by ${by}`;
    });
    if (problem) problems.push(`${name}: ${problem}`);
  }
  return problems;
}
