import { brandColours as c, brandFonts } from '@aneis/brand';

/**
 * Inline style attributes for the HTML mails, from the brand's tokens. Mail clients ignore
 * stylesheets and custom properties more often than not, so every element carries its own
 * style; Outlook ignores the radii and still reads well.
 */
const serif = brandFonts.serif.replaceAll("'", '');
const sans = brandFonts.sans.replaceAll("'", '');

export const mailStyles = {
  body: `margin:0;padding:0;background:${c.paper};color:${c.ink};font-family:${sans};font-size:16px;line-height:1.55;`,
  outer: `background:${c.paper};`,
  card: `max-width:600px;background:${c.surface};border:1px solid ${c.line};border-top:4px solid ${c.gold};border-radius:14px;`,
  masthead: `padding:18px 28px;background:${c.tint};border-radius:10px 10px 0 0;`,
  wordmark: `font-family:${serif};font-size:22px;font-weight:700;color:${c.accent};text-decoration:none;`,
  ring: `display:inline-block;width:12px;height:12px;margin-right:8px;border:4px solid ${c.gold};border-radius:50%;vertical-align:-2px;`,
  content: 'padding:28px;',
  heading: `margin:0 0 16px;font-family:${serif};font-size:26px;line-height:1.25;color:${c.accent};`,
  paragraph: 'margin:0 0 14px;',
  button: `display:inline-block;padding:12px 26px;border-radius:999px;background:${c.accent};color:${c.onAccent};font-weight:600;text-decoration:none;`,
  quietButton: `display:inline-block;padding:9px 20px;border:2px solid ${c.accent};border-radius:999px;color:${c.accent};font-weight:600;text-decoration:none;`,
  facts: `margin:0 0 18px;border-collapse:collapse;`,
  factLabel: `padding:4px 16px 4px 0;color:${c.muted};vertical-align:top;`,
  factValue: 'padding:4px 0;font-weight:600;vertical-align:top;',
  panel: `margin:8px 0 20px;padding:16px 18px;background:${c.tint};border-left:4px solid ${c.gold};border-radius:8px;`,
  sectionHeading: `margin:24px 0 10px;font-family:${serif};font-size:19px;color:${c.ink};`,
  panelHeading: `margin:0 0 8px;font-family:${serif};font-size:18px;color:${c.ink};`,
  table: 'width:100%;border-collapse:collapse;font-size:15px;',
  columnHead: `padding:6px 4px;border-bottom:2px solid ${c.line};color:${c.muted};font-weight:600;text-align:left;`,
  columnHeadEnd: `padding:6px 4px;border-bottom:2px solid ${c.line};color:${c.muted};font-weight:600;text-align:right;`,
  cell: `padding:8px 4px;border-bottom:1px solid ${c.line};vertical-align:top;`,
  cellEnd: `padding:8px 4px;border-bottom:1px solid ${c.line};vertical-align:top;text-align:right;white-space:nowrap;`,
  lineDetail: `display:block;color:${c.muted};font-size:14px;`,
  totalLabel: 'padding:4px;text-align:right;',
  totalValue: 'padding:4px;text-align:right;white-space:nowrap;',
  grandLabel: `padding:8px 4px 4px;text-align:right;font-weight:700;border-top:2px solid ${c.line};`,
  grandValue: `padding:8px 4px 4px;text-align:right;font-weight:700;white-space:nowrap;border-top:2px solid ${c.line};`,
  smallHeading: `margin:0 0 4px;font-weight:700;font-size:15px;`,
  small: `margin:0;color:${c.muted};font-size:14px;`,
  link: `color:${c.accent};word-break:break-all;`,
  signOff: 'margin:22px 0 0;white-space:pre-line;',
  fallback: `margin:22px 0 0;padding-top:14px;border-top:1px solid ${c.line};color:${c.muted};font-size:13px;`,
  footer: `padding:18px 12px;color:${c.muted};font-size:13px;text-align:center;`,
} as const;
