import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3Server {
  /** Path-style endpoint: `<endpoint>/<bucket>/<key>`. */
  endpoint: string;
  /** The bucket's objects: key → last modified. */
  objects: Map<string, Date>;
  /** Keys a batch delete refuses (answered in `Errors`, as S3 does for a denied key). */
  refused: Set<string>;
  /** `list` or `delete`, in the order the bucket was asked. */
  calls: string[];
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';

/**
 * The two S3 calls the orphan sweeper makes (ListObjectsV2, DeleteObjects), over real HTTP for
 * the real AWS SDK. Signatures are not checked. Lists come `pageSize` objects at a time, so the
 * SDK's continuation tokens are exercised.
 */
export async function startFakeS3Server(bucket: string, pageSize = 2): Promise<FakeS3Server> {
  const objects = new Map<string, Date>();
  const refused = new Set<string>();
  const calls: string[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake-s3');
      if (url.pathname !== `/${bucket}` && url.pathname !== `/${bucket}/`) {
        res.writeHead(404).end();
        return;
      }
      res.setHeader('Content-Type', 'application/xml');
      if (req.method === 'GET' && url.searchParams.get('list-type') === '2') {
        calls.push('list');
        const keys = [...objects.keys()].sort();
        const start = Number(url.searchParams.get('continuation-token') ?? '0');
        const page = keys.slice(start, start + pageSize);
        const truncated = start + pageSize < keys.length;
        const contents = page
          .map(
            (key) =>
              `<Contents><Key>${key}</Key><LastModified>${objects.get(key)?.toISOString()}` +
              `</LastModified><ETag>"0"</ETag><Size>1</Size><StorageClass>STANDARD</StorageClass></Contents>`,
          )
          .join('');
        res.end(
          xml(
            `<ListBucketResult ${NS}><Name>${bucket}</Name><KeyCount>${page.length}</KeyCount>` +
              `<MaxKeys>${pageSize}</MaxKeys><IsTruncated>${truncated}</IsTruncated>` +
              (truncated
                ? `<NextContinuationToken>${start + pageSize}</NextContinuationToken>`
                : '') +
              `${contents}</ListBucketResult>`,
          ),
        );
        return;
      }
      if (req.method === 'POST' && url.searchParams.has('delete')) {
        calls.push('delete');
        const keys = [...(await bodyOf(req)).matchAll(/<Key>([^<]*)<\/Key>/g)].map(
          (m) => m[1] ?? '',
        );
        const errors = keys
          .filter((key) => refused.has(key))
          .map((key) => `<Error><Key>${key}</Key><Code>AccessDenied</Code></Error>`)
          .join('');
        for (const key of keys) if (!refused.has(key)) objects.delete(key);
        res.end(xml(`<DeleteResult ${NS}>${errors}</DeleteResult>`));
        return;
      }
      res.writeHead(400).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    refused,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
