/** Delivers already-formatted syslog messages; never throws and never blocks the caller. */
export interface SyslogSender {
  send(message: Buffer): void;
  /** Sends what can still be sent quickly, then releases sockets and timers. */
  close(): void;
}
