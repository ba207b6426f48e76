import { catalogueImageUrl } from '@aneis/contracts';

/** Any base will do to ask whether an image could be published at all. */
const PROBE_BASE = 'https://images.invalid/images';

/**
 * How a page keeps a catalogue image until it is published (`StorefrontUrls.image`): as the
 * catalogue holds it, when it could ever be given out; `javascript:`, `data:`, another host in
 * disguise and the like are dropped here (undefined), before the page is cached.
 */
export function storedImagePath(raw: string): string | undefined {
  return catalogueImageUrl(raw, PROBE_BASE) === undefined ? undefined : raw.trim();
}
