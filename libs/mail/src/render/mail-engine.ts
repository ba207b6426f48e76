import { Eta } from 'eta/core';
import type { MailView } from './mail-view.js';
import {
  htmlFactsPartial,
  htmlMailTemplate,
  htmlOrderPartial,
} from './templates/html-templates.js';
import {
  textFactsPartial,
  textMailTemplate,
  textOrderPartial,
} from './templates/text-templates.js';

/**
 * Two Eta engines over in-memory templates (no files to find at run time, whatever bundles the
 * servers): one escaping every interpolation for HTML, one writing text as it is.
 */
function engine(autoEscape: boolean, templates: Record<string, string>): Eta {
  // autoTrim false: the templates say where whitespace goes (`-%>` drops a newline).
  const eta = new Eta({ autoEscape, autoTrim: false, cache: true });
  for (const [name, template] of Object.entries(templates)) eta.loadTemplate(name, template);
  return eta;
}

const html = engine(true, {
  '@mail.html': htmlMailTemplate,
  '@facts.html': htmlFactsPartial,
  '@order.html': htmlOrderPartial,
});

const text = engine(false, {
  '@mail.text': textMailTemplate,
  '@facts.text': textFactsPartial,
  '@order.text': textOrderPartial,
});

export function renderHtml(view: MailView): string {
  return html.render('@mail.html', view);
}

export function renderText(view: MailView): string {
  // Blank lines never pile up, whatever optional part was left out.
  return text
    .render('@mail.text', view)
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()
    .concat('\n');
}
