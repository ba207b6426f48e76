import { probeHealth, type ProbeOutcome } from './probe-health.js';

export interface UpstreamInstance {
  /** Unique within the pool, e.g. `shopping-server#2`. */
  readonly id: string;
  readonly host: string;
  readonly port: number;
}

export interface UpstreamPoolOptions {
  /** Path answered with 2xx while the instance should get traffic (its readiness probe). */
  readonly healthPath: string;
  /** Default 1000 ms. */
  readonly intervalMs?: number;
  /** Default 800 ms: a probe must finish before the next one is due. */
  readonly timeoutMs?: number;
  /**
   * Failed probes in a row (503, timeout) before an instance leaves rotation; default 2, as the
   * cluster's readinessProbe. One slow answer on a loaded machine is not an outage, and dropping
   * the only healthy replica for it turns a blip into 502s. A refused connection counts at once.
   */
  readonly failureThreshold?: number;
  /** Told whenever an instance enters or leaves rotation. */
  readonly onChange?: (instance: UpstreamInstance, healthy: boolean, reason: string) => void;
}

interface InstanceState {
  readonly instance: UpstreamInstance;
  healthy: boolean;
  /** Its last failure was a refused connection (or it never answered yet): nothing listens. */
  refusing: boolean;
  probing: boolean;
  failuresInRow: number;
}

/**
 * The instances of one component with active health checks, handed out round-robin: what a
 * Kubernetes Service does with the ready endpoints behind it. An instance leaves rotation after
 * `failureThreshold` failed probes in a row, or at once when it refuses a connection (nothing
 * listens: the process is gone), and comes back on the first passing probe.
 *
 * When no instance is in rotation, one that failed its probes but still accepts connections
 * gets the request anyway (Envoy's "panic" routing): a replica too busy to answer its probe in
 * time usually serves the request, where the alternative is a certain 502.
 */
export class UpstreamPool {
  private readonly states: InstanceState[] = [];
  private cursor = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly component: string,
    private readonly options: UpstreamPoolOptions,
  ) {}

  /** Adds an instance; it gets traffic once healthy (at once when `healthy` is true). */
  add(instance: UpstreamInstance, healthy = false): void {
    this.remove(instance.id);
    this.states.push({ instance, healthy, refusing: !healthy, probing: false, failuresInRow: 0 });
  }

  remove(id: string): void {
    const index = this.states.findIndex((s) => s.instance.id === id);
    if (index !== -1) this.states.splice(index, 1);
  }

  /**
   * The next healthy instance after the last one handed out, skipping `exclude`; with none, the
   * next one that is out of rotation but still accepts connections.
   */
  pick(exclude: ReadonlySet<string> = new Set()): UpstreamInstance | undefined {
    return (
      this.next((s) => s.healthy && !exclude.has(s.instance.id)) ??
      this.next((s) => !s.refusing && !exclude.has(s.instance.id))
    );
  }

  private next(eligible: (state: InstanceState) => boolean): UpstreamInstance | undefined {
    const count = this.states.length;
    for (let step = 0; step < count; step += 1) {
      const state = this.states[(this.cursor + step) % count];
      if (state && eligible(state)) {
        this.cursor = (this.cursor + step + 1) % count;
        return state.instance;
      }
    }
    return undefined;
  }

  /** Takes an instance out of rotation at once (passive check: a connection was refused). */
  markDown(id: string, reason: string): void {
    const state = this.states.find((s) => s.instance.id === id);
    if (!state) return;
    state.refusing = true;
    this.setHealth(state, false, reason);
  }

  healthyCount(): number {
    return this.states.filter((s) => s.healthy).length;
  }

  size(): number {
    return this.states.length;
  }

  /** Starts probing every instance now and then every interval. */
  start(): void {
    if (this.timer) return;
    this.probeAll();
    this.timer = setInterval(() => this.probeAll(), this.options.intervalMs ?? 1_000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Probes every instance once and resolves when all answers are in. */
  async probeAllNow(): Promise<void> {
    await Promise.all(this.states.map((state) => this.probe(state)));
  }

  private probeAll(): void {
    for (const state of this.states) void this.probe(state);
  }

  private async probe(state: InstanceState): Promise<void> {
    if (state.probing) return;
    state.probing = true;
    try {
      const { host, port } = state.instance;
      const outcome = await probeHealth(host, port, this.options.healthPath, {
        timeoutMs: this.options.timeoutMs ?? 800,
      });
      // The instance may have been removed while the probe ran.
      if (this.states.includes(state)) this.record(state, outcome);
    } finally {
      state.probing = false;
    }
  }

  private record(state: InstanceState, outcome: ProbeOutcome): void {
    state.failuresInRow = outcome.ok ? 0 : state.failuresInRow + 1;
    state.refusing = outcome.detail === 'ECONNREFUSED';
    const threshold = this.options.failureThreshold ?? 2;
    if (outcome.ok || outcome.detail === 'ECONNREFUSED' || state.failuresInRow >= threshold) {
      this.setHealth(state, outcome.ok, outcome.detail);
    }
  }

  private setHealth(state: InstanceState, healthy: boolean, reason: string): void {
    if (state.healthy === healthy) return;
    state.healthy = healthy;
    this.options.onChange?.(state.instance, healthy, reason);
  }
}
