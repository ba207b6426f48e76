import { freePort } from '../processes.js';
import {
  FakeMember,
  type MemberOptions,
  type MemberState,
  type ReplicaSetConfig,
  type SetData,
} from './fake-member.js';

/**
 * Where the three members stand when the init Job starts:
 * - `fresh`: first start of every member, no config anywhere;
 * - `initiated`: rs0 with all three, member 0 primary (every later apply);
 * - `only-first`: member 0 initiated alone (a Job that died right after replSetInitiate);
 * - `first-two`: members 0 and 1 in the set, member 2 never added;
 * - `failed-over`: all three, member 1 primary;
 * - `first-lost`: members 1 and 2 hold rs0 (member 0 listed), member 0 restarted on an empty
 *   volume and only learns the config from the primary's heartbeats, which (slow, as they
 *   can be) reach it after the Job has asked it for its status.
 */
export type Scenario =
  'fresh' | 'initiated' | 'only-first' | 'first-two' | 'failed-over' | 'first-lost';

export interface FakeReplicaSetOptions extends Omit<MemberOptions, 'setName'> {
  readonly scenario: Scenario;
  /** Members that do not listen until `listenLate` (pods still being scheduled). */
  readonly late?: readonly number[];
}

function preparedConfig(name: string, hosts: readonly string[]): ReplicaSetConfig {
  return {
    _id: name,
    version: hosts.length,
    term: 3,
    members: hosts.map((host, i) => ({ _id: i, host, priority: 1, votes: 1 })),
  };
}

const setName = 'rs0';

/** Three fake members on loopback sharing one replica set's state. */
export class FakeReplicaSet {
  readonly set: SetData = {
    name: setName,
    config: undefined,
    users: new Map(),
    members: [],
    joining: new Set(),
    forked: false,
  };
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  private constructor(private readonly options: FakeReplicaSetOptions) {}

  static async start(options: FakeReplicaSetOptions): Promise<FakeReplicaSet> {
    const replicaSet = new FakeReplicaSet(options);
    await replicaSet.begin();
    return replicaSet;
  }

  get members(): readonly FakeMember[] {
    return this.set.members;
  }

  hosts(): string[] {
    return this.members.map((m) => m.host);
  }

  /** Commands named `name` that member `index` received. */
  received(index: number, name: string): number {
    return this.members[index]?.received.filter((body) => name in body).length ?? 0;
  }

  /** Starts a member that was left out at start on the port its host name says. */
  async listenLate(index: number): Promise<void> {
    const member = this.members[index];
    await member?.listen(Number(member.host.split(':')[1]));
  }

  /** Resolves once member `index` has received a command named `name`. */
  async whenReceived(index: number, name: string): Promise<void> {
    while (!this.stopped && this.received(index, name) === 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    await Promise.all(this.members.map((m) => m.close()));
  }

  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    this.timers.add(timer);
  }

  private async begin(): Promise<void> {
    const memberOptions: MemberOptions = { ...this.options, setName };
    for (let i = 0; i < 3; i += 1) {
      const member = new FakeMember(memberOptions, this.set, (m) => this.configChanged(m));
      member.primaryLookup = () =>
        this.members.find((m) => m.hasConfig && m.state === 'PRIMARY')?.host;
      this.set.members.push(member);
    }
    const ports = await Promise.all(this.members.map(() => freePort()));
    this.members.forEach((m, i) => (m.host = `127.0.0.1:${ports[i] ?? 0}`));
    this.prepare();
    for (const [i, member] of this.members.entries()) {
      if (!this.options.late?.includes(i)) await member.listen(ports[i]);
    }
  }

  /** Puts the members where the scenario says, as if the set had run before. */
  private prepare(): void {
    const { scenario } = this.options;
    if (scenario === 'fresh') return;
    const inSet: Record<Exclude<Scenario, 'fresh'>, number[]> = {
      initiated: [0, 1, 2],
      'only-first': [0],
      'first-two': [0, 1],
      'failed-over': [0, 1, 2],
      'first-lost': [0, 1, 2],
    };
    const indexes = inSet[scenario];
    this.set.config = preparedConfig(
      setName,
      indexes.map((i) => this.members[i]?.host ?? ''),
    );
    const primary = scenario === 'failed-over' || scenario === 'first-lost' ? 1 : 0;
    const seed = this.members[primary];
    for (const [key, user] of seed?.users() ?? []) this.set.users.set(key, { ...user });
    for (const i of indexes) {
      const state: MemberState = i === primary ? 'PRIMARY' : 'SECONDARY';
      if (scenario === 'first-lost' && i === 0) continue;
      this.members[i]?.join(state);
    }
    if (scenario === 'first-lost') void this.heartbeatAfterFirstStatus(0);
  }

  /** The primary's heartbeat reaches member `index` only once it has answered a status. */
  private async heartbeatAfterFirstStatus(index: number): Promise<void> {
    await this.whenReceived(index, 'replSetGetStatus');
    const primary = this.members.find((m) => m.hasConfig && m.state === 'PRIMARY');
    if (primary) this.configChanged(primary);
  }

  /** What heartbeats do after a config change: listed members get it, someone gets elected. */
  private configChanged(changedOn: FakeMember): void {
    const step = this.options.stepMs;
    for (const host of this.set.config?.members.map((m) => m.host) ?? []) {
      const peer = this.members.find((m) => m.host === host);
      if (!peer || peer.hasConfig || this.set.joining.has(host)) continue;
      this.set.joining.add(host);
      this.later(step, () => {
        this.set.joining.delete(host);
        peer.join('SECONDARY');
      });
    }
    if (!this.members.some((m) => m.hasConfig && m.state === 'PRIMARY')) {
      this.later(step, () => changedOn.moveTo('PRIMARY'));
    }
    for (const member of this.members) if (member !== changedOn) member.moveTo(member.state);
  }
}
