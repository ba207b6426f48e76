import dgram from 'node:dgram';
import { isIPv6 } from 'node:net';
import type { SyslogSender } from './syslog-sender.js';

export interface UdpSenderOptions {
  host: string;
  port: number;
  /** Datagrams handed to the OS but not yet confirmed sent (e.g. waiting on DNS). */
  maxInFlight: number;
}

/** One datagram per message (RFC 5426). Lost datagrams are the price of never waiting. */
export class UdpSender implements SyslogSender {
  private readonly socket: dgram.Socket;
  private inFlight = 0;
  private closing = false;
  private closed = false;

  constructor(private readonly options: UdpSenderOptions) {
    this.socket = dgram.createSocket(isIPv6(options.host) ? 'udp6' : 'udp4');
    // Unreachable ports and DNS failures surface here; logging must not crash the app over them.
    this.socket.on('error', () => undefined);
    // A logger alone must not keep the process alive.
    this.socket.unref();
  }

  send(message: Buffer): void {
    if (this.closing || this.inFlight >= this.options.maxInFlight) return;
    this.inFlight += 1;
    this.socket.send(message, this.options.port, this.options.host, () => {
      this.inFlight -= 1;
      if (this.closing && this.inFlight === 0) this.closeSocket();
    });
  }

  close(): void {
    if (this.closing) return;
    this.closing = true;
    if (this.inFlight === 0) this.closeSocket();
  }

  private closeSocket(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close();
  }
}
