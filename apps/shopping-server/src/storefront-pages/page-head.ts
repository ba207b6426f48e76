import { createSSRApp, h, type VNode } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { serializeJsonLd } from './json-ld.js';

/** Everything a findable page says about itself in its `<head>`. */
export interface PageHead {
  title: string;
  description: string;
  canonicalUrl: string;
  /** Open Graph type: `product` for a ring, `website` for the rest. */
  ogType: 'website' | 'product';
  /** The picture as the catalogue holds it: an http(s) address or a path of the image store. */
  image?: string;
  /** `noindex` for pages that must not be listed (a missing product's answer). */
  robots?: string;
  jsonLd?: Record<string, unknown>;
}

export const SITE_NAME = 'A Senhora dos Anéis';

/** A catalogue image's public address, or undefined for one that may not be published. */
export type ImageAddress = (raw: string) => string | undefined;

function headNodes(head: PageHead, imageAddress: ImageAddress): VNode[] {
  const property = (name: string, content: string) => h('meta', { property: name, content });
  // Link previews fetch the picture from elsewhere: a path becomes its address at the image
  // store (the storefront serves none), and anything that is not http(s) is left out.
  const image = head.image ? imageAddress(head.image) : undefined;
  return [
    h('title', head.title),
    h('meta', { name: 'description', content: head.description }),
    h('link', { rel: 'canonical', href: head.canonicalUrl }),
    ...(head.robots ? [h('meta', { name: 'robots', content: head.robots })] : []),
    property('og:site_name', SITE_NAME),
    property('og:locale', 'pt_PT'),
    property('og:type', head.ogType),
    property('og:title', head.title),
    property('og:description', head.description),
    property('og:url', head.canonicalUrl),
    ...(image ? [property('og:image', image)] : []),
    h('meta', { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' }),
    // Vue writes innerHTML as it is: serializeJsonLd is what makes it safe there.
    ...(head.jsonLd
      ? [h('script', { type: 'application/ld+json', innerHTML: serializeJsonLd(head.jsonLd) })]
      : []),
  ];
}

/**
 * The head's tags as HTML, written by Vue's own server renderer, which escapes every text and
 * attribute value (a quote in a product name cannot end a `content="…"`).
 */
export async function renderPageHead(head: PageHead, imageAddress: ImageAddress): Promise<string> {
  return withoutFragmentMarks(
    await renderToString(createSSRApp({ render: () => headNodes(head, imageAddress) })),
  );
}

/** Vue marks a multi-root render with `<!--[-->…<!--]-->` for hydration; a head needs none. */
export function withoutFragmentMarks(html: string): string {
  return html.replace(/^<!--\[-->/, '').replace(/<!--\]-->$/, '');
}
