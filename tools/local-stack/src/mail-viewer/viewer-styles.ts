/** The viewer's own layout; colours, type, buttons and cards come from the brand's stylesheets. */
export const viewerStyles = `body {
  margin: 0;
  background: var(--brand-paper);
  color: var(--brand-ink);
  font-family: var(--brand-font-sans);
  line-height: 1.5;
}
a { color: var(--brand-accent); }
h1, h2 { font-family: var(--brand-font-serif); color: var(--brand-ink); }
.viewer-header { padding: 0.75rem 1.25rem; background: var(--brand-tint); border-bottom: 1px solid var(--brand-line); }
.brand-mark { font-size: 1.25rem; }
.viewer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
.viewer-title { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 1rem; }
.viewer-table { overflow-x: auto; padding: 0.5rem 1rem; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: 0.5rem; border-bottom: 1px solid var(--brand-line); text-align: left; vertical-align: top; }
th { color: var(--brand-muted); font-weight: 600; }
.viewer-facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.5rem 1.5rem; margin: 0 0 1.5rem; }
.viewer-facts dt { color: var(--brand-muted); font-size: 0.9rem; }
.viewer-facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.viewer-frame { width: 100%; height: 70vh; border: 1px solid var(--brand-line); border-radius: var(--brand-radius); background: var(--brand-surface); }
.viewer-text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9rem; }
/* On a phone each mail is a block of its own lines rather than a table to scroll sideways. */
@media (max-width: 40rem) {
  .viewer-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .viewer-table tr, .viewer-table td { display: block; }
  .viewer-table tr { padding: 0.5rem 0; border-bottom: 1px solid var(--brand-line); }
  .viewer-table td { padding: 0.1rem 0; border: 0; overflow-wrap: anywhere; }
}
`;
