import dgram from 'node:dgram';
import net from 'node:net';

export interface SyslogListener {
  port: number;
  messages: string[];
  connections: number;
  stop(): Promise<void>;
}

/** A stand-in for rsyslog's imudp: every datagram is one message. */
export async function startUdpListener(): Promise<SyslogListener> {
  const socket = dgram.createSocket('udp4');
  const listener: SyslogListener = {
    port: 0,
    messages: [],
    connections: 0,
    stop: () => new Promise((resolve) => socket.close(() => resolve())),
  };
  socket.on('message', (datagram) => listener.messages.push(datagram.toString('utf8')));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  listener.port = socket.address().port;
  return listener;
}

/** A stand-in for rsyslog's imtcp, reading RFC 6587 octet-counted frames (`LEN SP MSG`). */
export async function startTcpListener(port = 0): Promise<SyslogListener & { badFrames: number }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    listener.connections += 1;
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      pending = readFrames(
        pending,
        (message) => listener.messages.push(message),
        () => {
          listener.badFrames += 1;
        },
      );
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  const listener = {
    port,
    messages: [] as string[],
    connections: 0,
    badFrames: 0,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  listener.port = address.port;
  return listener;
}

function readFrames(
  buffer: Buffer,
  onMessage: (message: string) => void,
  onBadFrame: () => void,
): Buffer {
  let rest = buffer;
  for (;;) {
    const space = rest.indexOf(0x20);
    if (space === -1) return rest;
    const length = Number(rest.subarray(0, space).toString('ascii'));
    if (!Number.isInteger(length) || length <= 0) {
      onBadFrame();
      return Buffer.alloc(0);
    }
    if (rest.length < space + 1 + length) return rest;
    onMessage(rest.subarray(space + 1, space + 1 + length).toString('utf8'));
    rest = rest.subarray(space + 1 + length);
  }
}

/** A port nothing listens on (taken and released at once). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

const RFC5424 = /^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) (-|\[.*?\]) ([\s\S]*)$/;

export interface ParsedSyslogMessage {
  pri: number;
  timestamp: string;
  hostname: string;
  appName: string;
  procId: string;
  msgId: string;
  structuredData: string;
  message: string;
}

export function parseRfc5424(line: string): ParsedSyslogMessage {
  const match = RFC5424.exec(line);
  if (match === null) throw new Error(`not an RFC 5424 message: ${line}`);
  const [, pri, timestamp, hostname, appName, procId, msgId, structuredData, message] = match;
  return {
    pri: Number(pri),
    timestamp: timestamp ?? '',
    hostname: hostname ?? '',
    appName: appName ?? '',
    procId: procId ?? '',
    msgId: msgId ?? '',
    structuredData: structuredData ?? '',
    message: message ?? '',
  };
}
