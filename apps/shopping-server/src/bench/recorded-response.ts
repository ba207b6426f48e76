import { writeFile } from 'node:fs/promises';
import type { RecordedResponse } from './bare-server.js';

// Node writes these itself on every response; replaying them would send them twice.
const HOP_BY_HOP = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

export interface Recorded {
  body: Buffer;
  /** Everything the shop sent: status line aside, the same headers and body. */
  whole: RecordedResponse;
  /** The body with only Content-Type and Content-Length. */
  bodyOnly: RecordedResponse;
}

/** One answer of the shop (which must be 200), as the bare servers will replay it. */
export async function recordResponse(url: string, init: RequestInit): Promise<Recorded> {
  const res = await fetch(url, init);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  const headers: string[] = [];
  res.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) headers.push(name, value);
  });
  const bodyBase64 = body.toString('base64');
  return {
    body,
    whole: { headers, bodyBase64 },
    bodyOnly: {
      headers: [
        'content-type',
        res.headers.get('content-type') ?? 'application/json',
        'content-length',
        String(body.length),
      ],
      bodyBase64,
    },
  };
}

export async function saveRecorded(file: string, response: RecordedResponse): Promise<string> {
  await writeFile(file, JSON.stringify(response));
  return file;
}
