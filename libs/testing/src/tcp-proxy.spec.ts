import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { TcpProxy } from './tcp-proxy.js';

/** An echo server standing in for Redis: whatever comes in goes straight back. */
async function echoServer(): Promise<Server & { port: number }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.pipe(socket);
  });
  server.on('close', () => sockets.forEach((socket) => socket.destroy()));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return Object.assign(server, { port: (server.address() as AddressInfo).port });
}

/** Sends `text` through a fresh connection and resolves with what comes back. */
async function roundTrip(port: number, text: string): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  try {
    await once(socket, 'connect');
    socket.write(text);
    const [reply] = (await once(socket, 'data')) as [Buffer];
    return reply.toString();
  } finally {
    socket.destroy();
  }
}

/** Resolves with the error code of a connection attempt that must fail. */
async function refusal(port: number): Promise<string | undefined> {
  const socket = connect(port, '127.0.0.1');
  const [error] = (await once(socket, 'error')) as [NodeJS.ErrnoException];
  socket.destroy();
  return error.code;
}

describe('TcpProxy', () => {
  let target: Server & { port: number };
  let proxy: TcpProxy;

  beforeEach(async () => {
    target = await echoServer();
    proxy = new TcpProxy('127.0.0.1', target.port);
    await proxy.start();
  });
  afterEach(async () => {
    await proxy.stop();
    await new Promise<void>((resolve) => target.close(() => resolve()));
  });

  it('when started on port 0, then it picks a free port and passes bytes both ways', async () => {
    expect(proxy.port).toBeGreaterThan(0);
    expect(proxy.port).not.toBe(target.port);
    expect(await roundTrip(proxy.port, 'PING')).toBe('PING');
  });

  it('when stopped, then open connections are cut and new ones refused', async () => {
    const open = connect(proxy.port, '127.0.0.1');
    await once(open, 'connect');
    const closed = once(open, 'close');

    await proxy.stop();

    await closed;
    expect(await refusal(proxy.port)).toBe('ECONNREFUSED');
  });

  it('when started again after a stop, then it listens on the same port and relays again', async () => {
    const port = proxy.port;
    await proxy.stop();
    await proxy.start();
    expect(proxy.port).toBe(port);
    expect(await roundTrip(port, 'back')).toBe('back');
  });
});
