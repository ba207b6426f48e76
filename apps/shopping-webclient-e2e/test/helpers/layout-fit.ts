import type { Locator, Page } from 'playwright-core';

/**
 * What makes a page scroll sideways on a phone: the document wider than the window, and each
 * visible element, or run of text (a long e-mail address), whose painted box runs past its
 * right edge, clipped by any ancestor that clips, as a table in its own scroller is. Named by
 * tag, id, classes, test id and a bit of text, so a failure says which one. Boxes off the left
 * edge on purpose (the skip link waiting for focus) make no scrollbar and are not counted.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const found: string[] = [];
    const clippedRight = (from: Element, right: number) => {
      let clipped = right;
      for (let up = from.parentElement; up && up !== doc; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') {
          clipped = Math.min(clipped, up.getBoundingClientRect().right);
        }
      }
      return clipped;
    };
    const nameOf = (element: Element) =>
      [
        element.tagName.toLowerCase(),
        element.id ? `#${element.id}` : '',
        ...Array.from(element.classList).map((c) => `.${c}`),
        element.getAttribute('data-testid')
          ? `[data-testid=${element.getAttribute('data-testid')}]`
          : '',
      ].join('');
    const textOf = (node: Node) =>
      (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);

    if (doc.scrollWidth > width) found.push(`document: scrollWidth ${doc.scrollWidth} > ${width}`);
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      const right = clippedRight(element, box.right);
      if (right > width + 0.5) {
        found.push(
          `${nameOf(element)} right edge ${Math.round(right)} > ${width} "${textOf(element)}"`,
        );
      }
    }
    // Text can run out of a box that fits (a word too long to wrap): the box alone misses it.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const holder = node.parentElement;
      if (!holder || !node.textContent?.trim()) continue;
      if (getComputedStyle(holder).overflowX !== 'visible') continue;
      range.selectNodeContents(node);
      const right = Math.max(...Array.from(range.getClientRects()).map((rect) => rect.right));
      const clipped = clippedRight(holder, right);
      if (clipped > width + 0.5) {
        found.push(
          `text of ${nameOf(holder)} right edge ${Math.round(clipped)} > ${width} "${textOf(node)}"`,
        );
      }
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
