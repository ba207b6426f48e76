import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trackForGracefulShutdown } from '../src/serving/graceful-shutdown.js';
import { buildRealSite, type BuiltSite } from './support/built-site.js';
import { request } from './support/http-client.js';
import { capturingLogger, startTestServer } from './support/test-server.js';

describe('graceful shutdown', () => {
  it('when shutdown begins during a request, then that request still completes and new connections are refused', async () => {
    const { logger } = capturingLogger();
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    // The handler is the test's stand-in for a slow response; the lifecycle is what is tested.
    const server = createServer((_request, response) => {
      arrived();
      void released.then(() => response.end('finished'));
    });
    const graceful = trackForGracefulShutdown(server, { graceMs: 5000, logger });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const inFlight = request(url, '/slow');
    await requestArrived;
    const stopped = graceful.shutdown('test');
    const refused = await request(url, '/late').then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    release();
    const response = await inFlight;
    await stopped;

    expect(refused).toBe('ECONNREFUSED');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('finished');
    expect(response.headers['connection']).toBe('close');
    expect(server.listening).toBe(false);
  });

  it('when a request outlives the grace period, then its connection is cut and shutdown completes', async () => {
    const { logger, lines } = capturingLogger();
    const server = createServer(() => undefined); // never answers
    const graceful = trackForGracefulShutdown(server, { graceMs: 50, logger });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const arrived = once(server, 'request');
    const stuck = request(url, '/stuck').catch((error: NodeJS.ErrnoException) => error.code);
    await arrived;
    await graceful.shutdown('test');

    expect(await stuck).toBe('ECONNRESET');
    expect(lines().map((line) => line['message'])).toContain(
      'grace period over, closing remaining connections',
    );
  });

  describe('of the website server', () => {
    let site: BuiltSite;

    beforeAll(async () => {
      site = await buildRealSite();
    });

    afterAll(async () => {
      await site.remove();
    });

    it('when SIGTERM arrives, then the server stops and the process exits with 0', async () => {
      const server = await startTestServer(site.publicDir);
      expect((await request(server.url, '/healthz')).status).toBe(200);

      server.signals.emit('SIGTERM', 'SIGTERM');
      await vi.waitFor(() => expect(server.exitCodes).toEqual([0]));

      expect(server.server.listening).toBe(false);
      expect(server.signals.listenerCount('SIGTERM')).toBe(0);
      expect(server.signals.listenerCount('SIGINT')).toBe(0);
    });

    it('when SIGINT arrives twice, then it shuts down once and still exits with 0', async () => {
      const server = await startTestServer(site.publicDir);

      server.signals.emit('SIGINT', 'SIGINT');
      server.signals.emit('SIGINT', 'SIGINT');
      await vi.waitFor(() => expect(server.exitCodes).toEqual([0]));

      expect(server.logLines().filter((line) => line['message'] === 'shutting down')).toHaveLength(
        1,
      );
    });

    it('when shutdown is called directly, then it does not exit the process', async () => {
      const server = await startTestServer(site.publicDir);

      await server.shutdown('test');

      expect(server.exitCodes).toEqual([]);
      expect(server.server.listening).toBe(false);
    });
  });
});
