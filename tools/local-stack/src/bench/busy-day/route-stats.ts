/**
 * How one answer counts in the busy-day figures. `sold-out` (409 OUT_OF_STOCK) and
 * `rate-limited` (429) are the shop saying no honestly; everything else that is not a 2xx, a
 * network failure or a timeout included, is an `error`.
 */
export type Outcome = 'ok' | 'sold-out' | 'rate-limited' | 'error';

export interface Answer {
  /** 0 when no answer came (connection refused or reset, timeout). */
  readonly status: number;
  /** The failure envelope's `code`, when there is one. */
  readonly code?: string;
  /** What went wrong, for the error sample: the server's words or the client's error. */
  readonly detail?: string;
}

export function classify(answer: Answer): Outcome {
  if (answer.status >= 200 && answer.status < 300) return 'ok';
  if (answer.status === 409 && answer.code === 'OUT_OF_STOCK') return 'sold-out';
  if (answer.status === 429) return 'rate-limited';
  return 'error';
}

export interface RouteFigures {
  readonly route: string;
  readonly count: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly outcomes: Readonly<Record<Outcome, number>>;
}

export interface ErrorKind {
  readonly route: string;
  readonly status: number;
  readonly detail: string;
  readonly count: number;
}

/** Every request's latency and outcome, by route (`POST /catalog/search`, ids replaced). */
export class RouteStats {
  private readonly latencies = new Map<string, number[]>();
  private readonly outcomes = new Map<string, Record<Outcome, number>>();
  private readonly errors = new Map<string, ErrorKind>();
  private readonly waits = new Map<string, number>();

  /** A refusal with Retry-After that the shopper waited out before trying again. */
  waitedOut(route: string, status: number): void {
    const key = `${status} ${route}`;
    this.waits.set(key, (this.waits.get(key) ?? 0) + 1);
  }

  /** Refusals waited out, by status and route (`503 POST /security/login`), most first. */
  waitedOutKinds(): { kind: string; count: number }[] {
    return [...this.waits]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count);
  }

  record(route: string, ms: number, answer: Answer): Outcome {
    const outcome = classify(answer);
    let list = this.latencies.get(route);
    if (!list) this.latencies.set(route, (list = []));
    list.push(ms);
    let counts = this.outcomes.get(route);
    if (!counts) this.outcomes.set(route, (counts = noOutcomes()));
    counts[outcome] += 1;
    if (outcome === 'error') {
      const detail = (answer.detail ?? '').slice(0, 120);
      const key = `${route}\u0000${answer.status}\u0000${detail}`;
      const seen = this.errors.get(key);
      this.errors.set(key, {
        route,
        status: answer.status,
        detail,
        count: (seen?.count ?? 0) + 1,
      });
    }
    return outcome;
  }

  /** Outcome of `route` so far, e.g. successful orders. */
  count(route: string, outcome: Outcome): number {
    return this.outcomes.get(route)?.[outcome] ?? 0;
  }

  figures(): RouteFigures[] {
    return [...this.latencies.entries()]
      .map(([route, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        const outcomes = this.outcomes.get(route) ?? noOutcomes();
        return {
          route,
          count: sorted.length,
          p50Ms: percentile(sorted, 0.5),
          p99Ms: percentile(sorted, 0.99),
          outcomes,
        };
      })
      .sort((a, b) => a.route.localeCompare(b.route));
  }

  /** The distinct errors, most frequent first. */
  errorKinds(): ErrorKind[] {
    return [...this.errors.values()].sort((a, b) => b.count - a.count);
  }
}

function noOutcomes(): Record<Outcome, number> {
  return { ok: 0, 'sold-out': 0, 'rate-limited': 0, error: 0 };
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? 0;
}
