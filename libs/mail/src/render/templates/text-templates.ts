import { brandName } from '@aneis/brand';

/**
 * The plain-text mail, for clients that show no HTML and for people who prefer it: the same
 * words and links, laid out with blank lines, underlined headings and aligned facts. Rendered
 * without escaping (it is not markup). Each line-ending tag (`-%>`) eats its own newline.
 */
export const textMailTemplate = `${brandName}

<%= it.heading %>
<%= '='.repeat(it.heading.length) %>

<%= it.greeting %>

<% it.paragraphs.forEach(function (paragraph) { -%>
<%= paragraph %>

<% }) -%>
<% if (it.action) { -%>
<%= it.action.label %>:
<%= it.action.url %>

<% } -%>
<% if (it.facts && it.facts.length > 0) { -%>
<%~ include('@facts.text', { facts: it.facts }) %>
<% } -%>
<% if (it.secondaryAction) { -%>
<%= it.secondaryAction.label %>:
<%= it.secondaryAction.url %>

<% } -%>
<% if (it.bankTransfer) { -%>
<%= it.bankTransfer.heading %>
<%= '-'.repeat(it.bankTransfer.heading.length) %>
<%= it.bankTransfer.intro %>

<%~ include('@facts.text', { facts: it.bankTransfer.facts }) %>
<% } -%>
<% if (it.order) { -%>
<%~ include('@order.text', { order: it.order }) %>
<% } -%>
<% it.closing.forEach(function (paragraph) { -%>
<%= paragraph %>

<% }) -%>
<%= it.signOff %>

--
<% it.footer.forEach(function (line) { -%>
<%= line %>
<% }) -%>
`;

export const textFactsPartial = `<% var width = Math.max.apply(null, it.facts.map(function (fact) { return fact.label.length; })); -%>
<% it.facts.forEach(function (fact) { -%>
<%= (fact.label + ':').padEnd(width + 2) %><%= fact.value %>
<% }) -%>
`;

export const textOrderPartial = `<%= it.order.heading %>
<%= '-'.repeat(it.order.heading.length) %>
<% it.order.lines.forEach(function (line) { -%>
<%= line.quantity %> × <%= line.name %>  <%= line.price %>
<% line.details.forEach(function (detail) { -%>
    <%= detail %>
<% }) -%>
<% }) -%>

<% var width = Math.max.apply(null, it.order.totals.map(function (row) { return row.label.length; })); -%>
<% it.order.totals.forEach(function (row) { -%>
<%= (row.label + ':').padEnd(width + 2) %><%= row.value %>
<% }) -%>

<%= it.order.addressHeading %>:
<% it.order.addressLines.forEach(function (line) { -%>
  <%= line %>
<% }) -%>
<% if (it.order.paymentHeading) { -%>

<%= it.order.paymentHeading %>:
<% it.order.paymentLines.forEach(function (line) { -%>
  <%= line %>
<% }) -%>
<% } -%>
`;
