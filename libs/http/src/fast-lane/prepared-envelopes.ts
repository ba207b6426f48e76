import etag from 'etag';
import { successJsonText } from '../envelope.js';

/** An answer's body as bytes, with what its headers need. */
export interface Prepared {
  body: Buffer;
  etag: string;
  contentLength: string;
}

/**
 * Bytes of envelopes kept ready to send, keyed by the JSON text of their data (the cache hands
 * out the same text for as long as an entry lives). Past the bound the whole map is dropped:
 * cheaper than tracking use, and refilled by the next hits.
 */
const MAX_PREPARED_BYTES = 2 * 1024 * 1024;

export function prepareBody(text: string): Prepared {
  const body = Buffer.from(text);
  return { body, etag: etag(body, { weak: true }), contentLength: String(body.length) };
}

/** Success envelopes around data JSON text, built once per distinct text and reused. */
export function createSuccessEnvelopes(): (dataJson: string) => Prepared {
  const prepared = new Map<string, Prepared>();
  let preparedBytes = 0;
  return (dataJson) => {
    let ready = prepared.get(dataJson);
    if (ready !== undefined) return ready;
    ready = prepareBody(successJsonText(dataJson));
    // The key text and the body each take about the body's size.
    const bytes = 2 * ready.body.length;
    if (preparedBytes + bytes > MAX_PREPARED_BYTES) {
      prepared.clear();
      preparedBytes = 0;
    }
    if (bytes <= MAX_PREPARED_BYTES) {
      prepared.set(dataJson, ready);
      preparedBytes += bytes;
    }
    return ready;
  };
}
