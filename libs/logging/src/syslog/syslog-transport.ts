import os from 'node:os';
import TransportStream from 'winston-transport';
import type { Logform } from 'winston';
import { LEVEL, MESSAGE } from '../log-symbols.js';
import { formatRfc5424, type SyslogFacility } from './rfc5424.js';
import type { SyslogSender } from './syslog-sender.js';
import { TcpSender } from './tcp-sender.js';
import { UdpSender } from './udp-sender.js';

export interface SyslogOptions {
  host: string;
  port: number;
  protocol: 'udp' | 'tcp';
  facility: SyslogFacility;
  /** Messages held while rsyslog is unreachable (TCP) or in flight (UDP). Default 1000. */
  maxQueueLength?: number;
  /** TCP reconnect back-off bounds. Default 500 ms doubling to 30 s. */
  reconnectDelayMs?: { min: number; max: number };
  /** Longest message sent, header included; rsyslog's default limit is 8 KiB. */
  maxMessageBytes?: number;
}

export interface SyslogTransportOptions extends SyslogOptions {
  appName: string;
}

const DEFAULTS = {
  maxQueueLength: 1000,
  reconnectDelayMs: { min: 500, max: 30_000 },
  maxMessageBytes: 8192,
  connectTimeoutMs: 5000,
};

/** Sends each log line, as formatted for stdout, to rsyslog as an RFC 5424 message. */
export class SyslogTransport extends TransportStream {
  private readonly sender: SyslogSender;
  private readonly hostname = os.hostname();
  private readonly procId = String(process.pid);

  constructor(private readonly options: SyslogTransportOptions) {
    super();
    const maxQueueLength = options.maxQueueLength ?? DEFAULTS.maxQueueLength;
    this.sender =
      options.protocol === 'tcp'
        ? new TcpSender({
            host: options.host,
            port: options.port,
            maxQueueLength,
            reconnectDelayMs: options.reconnectDelayMs ?? DEFAULTS.reconnectDelayMs,
            connectTimeoutMs: DEFAULTS.connectTimeoutMs,
            describeDropped: (count) =>
              this.toSyslogMessage(
                'warn',
                new Date(),
                JSON.stringify({
                  level: 'warn',
                  service: options.appName,
                  message: `syslog: ${count} log messages dropped while rsyslog was unreachable`,
                }),
              ),
          })
        : new UdpSender({ host: options.host, port: options.port, maxInFlight: maxQueueLength });
  }

  override log(info: Logform.TransformableInfo, next: () => void): void {
    try {
      const level = typeof info[LEVEL] === 'string' ? info[LEVEL] : info.level;
      const line = typeof info[MESSAGE] === 'string' ? info[MESSAGE] : JSON.stringify(info);
      this.sender.send(this.toSyslogMessage(level, timestampOf(info), line));
    } catch {
      // A log line that cannot be sent is dropped; the app carries on.
    }
    setImmediate(() => this.emit('logged', info));
    next();
  }

  override close(): void {
    this.sender.close();
  }

  private toSyslogMessage(level: string, timestamp: Date, message: string): Buffer {
    return formatRfc5424(
      {
        facility: this.options.facility,
        level,
        timestamp,
        hostname: this.hostname,
        appName: this.options.appName,
        procId: this.procId,
        message,
      },
      this.options.maxMessageBytes ?? DEFAULTS.maxMessageBytes,
    );
  }
}

function timestampOf(info: Logform.TransformableInfo): Date {
  const parsed = typeof info.timestamp === 'string' ? new Date(info.timestamp) : new Date();
  return Number.isNaN(parsed.getTime()) ? new Date() : parsed;
}
