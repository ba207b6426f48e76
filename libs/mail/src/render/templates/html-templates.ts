import { brandName } from '@aneis/brand';
import { mailStyles as s } from './html-styles.js';

/**
 * The HTML mail, an Eta template: `<%= %>` escapes (every value that comes from data goes
 * through it), `<%~ %>` inserts trusted markup (the partials). Tables lay it out because mail
 * clients still do not agree on anything newer.
 */
export const htmlMailTemplate = `<!doctype html>
<html lang="<%= it.language %>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title><%= it.subject %></title>
</head>
<body style="${s.body}">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;"><%= it.preheader %></div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="${s.outer}">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="${s.card}">
<tr><td style="${s.masthead}"><span style="${s.wordmark}"><span style="${s.ring}"></span>${brandName}</span></td></tr>
<tr><td style="${s.content}">
<h1 style="${s.heading}"><%= it.heading %></h1>
<p style="${s.paragraph}"><%= it.greeting %></p>
<% it.paragraphs.forEach(function (paragraph) { %>
<p style="${s.paragraph}"><%= paragraph %></p>
<% }) %>
<% if (it.action) { %>
<p style="margin:22px 0;"><a href="<%= it.action.url %>" style="${s.button}"><%= it.action.label %></a></p>
<% } %>
<% if (it.facts && it.facts.length > 0) { %>
<%~ include('@facts.html', { facts: it.facts }) %>
<% } %>
<% if (it.secondaryAction) { %>
<p style="margin:0 0 18px;"><a href="<%= it.secondaryAction.url %>" style="${s.quietButton}"><%= it.secondaryAction.label %></a></p>
<% } %>
<% if (it.bankTransfer) { %>
<div style="${s.panel}">
<h2 style="${s.panelHeading}"><%= it.bankTransfer.heading %></h2>
<p style="${s.paragraph}"><%= it.bankTransfer.intro %></p>
<%~ include('@facts.html', { facts: it.bankTransfer.facts }) %>
</div>
<% } %>
<% if (it.order) { %>
<%~ include('@order.html', { order: it.order }) %>
<% } %>
<% it.closing.forEach(function (paragraph) { %>
<p style="${s.paragraph}"><%= paragraph %></p>
<% }) %>
<p style="${s.signOff}"><%= it.signOff %></p>
<% if (it.action) { %>
<p style="${s.fallback}"><%= it.linkFallback %><br><a href="<%= it.action.url %>" style="${s.link}"><%= it.action.url %></a></p>
<% } %>
</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;">
<tr><td style="${s.footer}">
<% it.footer.forEach(function (line) { %>
<%= line %><br>
<% }) %>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

export const htmlFactsPartial = `<table role="presentation" cellpadding="0" cellspacing="0" style="${s.facts}">
<% it.facts.forEach(function (fact) { %>
<tr><td style="${s.factLabel}"><%= fact.label %></td><td style="${s.factValue}"><%= fact.value %></td></tr>
<% }) %>
</table>
`;

export const htmlOrderPartial = `<h2 style="${s.sectionHeading}"><%= it.order.heading %></h2>
<table role="presentation" cellpadding="0" cellspacing="0" style="${s.table}">
<tr><th scope="col" style="${s.columnHead}"><%= it.order.columns.item %></th><th scope="col" style="${s.columnHeadEnd}"><%= it.order.columns.quantity %></th><th scope="col" style="${s.columnHeadEnd}"><%= it.order.columns.price %></th></tr>
<% it.order.lines.forEach(function (line) { %>
<tr><td style="${s.cell}"><%= line.name %><% line.details.forEach(function (detail) { %><span style="${s.lineDetail}"><%= detail %></span><% }) %></td><td style="${s.cellEnd}"><%= line.quantity %></td><td style="${s.cellEnd}"><%= line.price %></td></tr>
<% }) %>
<% it.order.totals.forEach(function (row) { %>
<tr><td colspan="2" style="<%= row.strong ? '${s.grandLabel}' : '${s.totalLabel}' %>"><%= row.label %></td><td style="<%= row.strong ? '${s.grandValue}' : '${s.totalValue}' %>"><%= row.value %></td></tr>
<% }) %>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:18px 0 14px;">
<tr>
<td style="vertical-align:top;padding-right:12px;">
<p style="${s.smallHeading}"><%= it.order.addressHeading %></p>
<p style="${s.small}"><% it.order.addressLines.forEach(function (line) { %><%= line %><br><% }) %></p>
</td>
<% if (it.order.paymentHeading) { %>
<td style="vertical-align:top;">
<p style="${s.smallHeading}"><%= it.order.paymentHeading %></p>
<p style="${s.small}"><% it.order.paymentLines.forEach(function (line) { %><%= line %><br><% }) %></p>
</td>
<% } %>
</tr>
</table>
`;
