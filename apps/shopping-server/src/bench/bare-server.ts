import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Bench helper process: the ceiling. A bare node:http server answering the shop's exact
 * response bytes: argv[2] for `/catalog/search`, argv[3] for everything else. Reports
 * `{ port }` to the parent, stops on SIGTERM.
 */
const [searchFile, detailsFile] = process.argv.slice(2);
if (!searchFile || !detailsFile) throw new Error('usage: bare-server <search body> <details body>');
const searchBytes = readFileSync(searchFile);
const detailsBytes = readFileSync(detailsFile);

const server = createServer((req, res) => {
  const body = req.url?.startsWith('/catalog/search') ? searchBytes : detailsBytes;
  // Read the request body to its end, as the shop must, before answering.
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': body.length,
    });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
process.send?.({ port: (server.address() as AddressInfo).port });
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
