import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface Waiter {
  readonly resolve: (link: string | undefined) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * The stack's mail outbox, read once for the whole crowd (one JSON file per mail, written by the
 * servers instead of sending): hundreds of shoppers each re-reading the folder for their own
 * confirmation mail would cost more than the shop they are measuring.
 */
export class OutboxWatcher {
  private readonly seen = new Set<string>();
  private readonly links = new Map<string, string>();
  private readonly waiters = new Map<string, Waiter>();
  private readonly timer: NodeJS.Timeout;
  private scanning = false;

  constructor(
    private readonly outboxDir: string,
    private readonly template: string,
  ) {
    this.timer = setInterval(() => void this.scan(), 200);
  }

  /** The first link in the latest `template` mail to `to`, or undefined after `timeoutMs`. */
  waitForLink(to: string, timeoutMs: number): Promise<string | undefined> {
    const known = this.links.get(to);
    if (known) return Promise.resolve(known);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(to);
        resolve(undefined);
      }, timeoutMs);
      this.waiters.set(to, { resolve, timer });
    });
  }

  stop(): void {
    clearInterval(this.timer);
    for (const waiter of this.waiters.values()) {
      clearTimeout(waiter.timer);
      waiter.resolve(undefined);
    }
    this.waiters.clear();
  }

  private async scan(): Promise<void> {
    if (this.scanning) return;
    this.scanning = true;
    try {
      const names = await readdir(this.outboxDir).catch(() => [] as string[]);
      for (const name of names.sort()) {
        if (this.seen.has(name) || name.startsWith('.') || !name.endsWith('.json')) continue;
        this.seen.add(name);
        const mail = JSON.parse(await readFile(join(this.outboxDir, name), 'utf8')) as {
          template: string;
          to: string;
          data: unknown;
        };
        if (mail.template !== this.template) continue;
        const link = /https?:\/\/[^\s"'<>]+/.exec(JSON.stringify(mail.data))?.[0];
        if (!link) continue;
        this.links.set(mail.to, link);
        const waiter = this.waiters.get(mail.to);
        if (waiter) {
          clearTimeout(waiter.timer);
          this.waiters.delete(mail.to);
          waiter.resolve(link);
        }
      }
    } finally {
      this.scanning = false;
    }
  }
}
