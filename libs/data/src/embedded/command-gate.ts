/**
 * Lets commands run side by side, and a snapshot run alone: `exclusive()` waits for the
 * commands under way to finish, holds new ones back while it works, then lets them in. A
 * snapshot taken so is the state at one moment, with a known last journal record.
 */
export class CommandGate {
  private running = 0;
  private closed: Promise<void> | undefined;
  private drained: (() => void) | undefined;

  async enter(): Promise<void> {
    while (this.closed) await this.closed;
    this.running += 1;
  }

  leave(): void {
    this.running -= 1;
    if (this.running === 0) this.drained?.();
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.closed) await this.closed;
    let open: () => void = () => undefined;
    this.closed = new Promise<void>((resolve) => {
      open = resolve;
    });
    try {
      if (this.running > 0) {
        await new Promise<void>((resolve) => {
          this.drained = resolve;
        });
        this.drained = undefined;
      }
      return await work();
    } finally {
      this.closed = undefined;
      open();
    }
  }
}
