import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A response to replay: header name/value pairs and the body. */
export interface RecordedResponse {
  headers: string[];
  bodyBase64: string;
}

/**
 * Bench helper process: the ceiling. A bare node:http server replaying recorded responses:
 * argv[2] (a RecordedResponse as JSON) for `/catalog/search`, argv[3] for everything else.
 * Reports `{ port }` to the parent, stops on SIGTERM.
 */
const [searchFile, detailsFile] = process.argv.slice(2);
if (!searchFile || !detailsFile) throw new Error('usage: bare-server <search.json> <details.json>');
const load = (file: string) => {
  const recorded = JSON.parse(readFileSync(file, 'utf8')) as RecordedResponse;
  return { headers: recorded.headers, body: Buffer.from(recorded.bodyBase64, 'base64') };
};
const search = load(searchFile);
const details = load(detailsFile);

const server = createServer((req, res) => {
  const answer = req.url?.startsWith('/catalog/search') ? search : details;
  // Read the request body to its end, as the shop must, before answering.
  req.resume();
  req.on('end', () => {
    res.writeHead(200, answer.headers);
    res.end(answer.body);
  });
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
process.send?.({ port: (server.address() as AddressInfo).port });
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
