import net from 'node:net';
import type { SyslogSender } from './syslog-sender.js';

export interface TcpSenderOptions {
  host: string;
  port: number;
  /** Messages kept while rsyslog is unreachable; beyond this the oldest are dropped. */
  maxQueueLength: number;
  /** Reconnect back-off: doubles from `min` up to `max`. */
  reconnectDelayMs: { min: number; max: number };
  connectTimeoutMs: number;
  /** Builds the message that reports how many were dropped, sent first after reconnecting. */
  describeDropped: (count: number) => Buffer;
}

/**
 * Syslog over TCP with octet-counting framing (RFC 6587 §3.4.1: `LEN SP MSG`), so messages
 * may contain newlines. Keeps one connection, reconnects with exponential back-off, and holds
 * a bounded queue meanwhile, so a dead rsyslog costs some log lines but never memory or uptime.
 */
export class TcpSender implements SyslogSender {
  private socket: net.Socket | undefined;
  private connected = false;
  private waitingForDrain = false;
  private readonly queue: Buffer[] = [];
  private dropped = 0;
  private failedAttempts = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: TcpSenderOptions) {
    this.connect();
  }

  send(message: Buffer): void {
    if (this.closed) return;
    this.enqueue(frame(message));
    this.flush();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const socket = this.socket;
    if (socket === undefined) return;
    if (this.connected) {
      this.flush();
      // end() still delivers what was written; the timeout stops a stalled peer holding us.
      socket.end();
      socket.setTimeout(this.options.connectTimeoutMs, () => socket.destroy());
    } else {
      socket.destroy();
    }
  }

  private enqueue(framed: Buffer): void {
    if (this.queue.length >= this.options.maxQueueLength) {
      this.queue.shift();
      this.dropped += 1;
    }
    this.queue.push(framed);
  }

  private connect(): void {
    this.reconnectTimer = undefined;
    const socket = net.connect({ host: this.options.host, port: this.options.port });
    this.socket = socket;
    socket.unref();
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 10_000);
    socket.setTimeout(this.options.connectTimeoutMs, () => socket.destroy());
    socket.on('connect', () => {
      socket.setTimeout(0);
      this.connected = true;
      this.failedAttempts = 0;
      this.reportDropped();
      this.flush();
    });
    socket.on('drain', () => {
      this.waitingForDrain = false;
      this.flush();
    });
    // rsyslog never talks back; reading keeps stray bytes from piling up in the socket.
    socket.resume();
    // 'close' always follows 'error'; that is where recovery happens.
    socket.on('error', () => undefined);
    socket.on('close', () => this.onClose(socket));
  }

  private onClose(socket: net.Socket): void {
    if (this.socket !== socket) return;
    this.socket = undefined;
    if (!this.connected) this.failedAttempts += 1;
    this.connected = false;
    this.waitingForDrain = false;
    if (!this.closed) this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const { min, max } = this.options.reconnectDelayMs;
    const backOff = Math.min(max, min * 2 ** Math.min(this.failedAttempts, 30));
    // Jitter keeps many pods from reconnecting to a restarted rsyslog in lockstep.
    const delay = backOff / 2 + Math.random() * (backOff / 2);
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
    this.reconnectTimer.unref();
  }

  private reportDropped(): void {
    if (this.dropped === 0) return;
    this.queue.unshift(frame(this.options.describeDropped(this.dropped)));
    this.dropped = 0;
  }

  private flush(): void {
    const socket = this.socket;
    if (socket === undefined || !this.connected) return;
    while (!this.waitingForDrain && this.queue.length > 0) {
      const next = this.queue.shift();
      if (next !== undefined && !socket.write(next)) this.waitingForDrain = true;
    }
  }
}

function frame(message: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${message.length} `, 'ascii'), message]);
}
