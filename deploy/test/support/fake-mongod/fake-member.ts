import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Document } from 'bson';
import { answerCommand, type Session } from './member-commands.js';
import { encodeReply, parseRequest, takeMessages } from './wire-messages.js';

/*
 * One `mongod --replSet rs0 --keyFile …` member as the init Job meets it: it starts without a
 * replica-set config (STARTUP), gets one by replSetInitiate or from a primary that added it,
 * then is SECONDARY or PRIMARY. Users live with the member until it joins the set; from then
 * on it sees the set's replicated users, as initial sync would give it.
 */

export type MemberState = 'STARTUP' | 'SECONDARY' | 'PRIMARY';

export interface MemberConfig {
  readonly _id: number;
  readonly host: string;
  readonly [field: string]: unknown;
}

export interface ReplicaSetConfig {
  _id: string;
  version: number;
  term: number;
  members: MemberConfig[];
  [field: string]: unknown;
}

export interface UserRecord {
  readonly db: string;
  readonly user: string;
  password: string;
  roles: Document[];
}

export type UserStore = Map<string, UserRecord>;

export const userKey = (db: string, user: string): string => `${db}.${user}`;

/** What the members share once they belong to the set: its config and its replicated data. */
export interface SetData {
  readonly name: string;
  config: ReplicaSetConfig | undefined;
  readonly users: UserStore;
  readonly members: FakeMember[];
  /** Hosts a primary added whose member has not received the config yet. */
  readonly joining: Set<string>;
  /** Set when a member was initiated on its own while the set already existed: two sets. */
  forked: boolean;
}

export interface MemberOptions {
  readonly setName: string;
  readonly keyfile: string;
  /** The root user the image's entry point creates on first start. */
  readonly rootUser: string;
  readonly rootPassword: string;
  /** How long elections and config propagation take; tests keep it short. */
  readonly stepMs: number;
}

export class FakeMember {
  host = '';
  state: MemberState = 'STARTUP';
  /** Every command this member answered, in order (without authentication steps). */
  readonly received: Document[] = [];
  readonly processId = `${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`;
  topologyCounter = 0;
  private joined: SetData | undefined;
  private readonly localUsers: UserStore = new Map();
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly waiters = new Set<() => void>();
  private nextConnectionId = 1;

  constructor(
    readonly options: MemberOptions,
    readonly set: SetData,
    /** Lets the set react to a config change (members it added learn about it). */
    readonly onConfigChange: (member: FakeMember) => void,
  ) {
    this.localUsers.set(userKey('admin', options.rootUser), {
      db: 'admin',
      user: options.rootUser,
      password: options.rootPassword,
      roles: [{ role: 'root', db: 'admin' }],
    });
  }

  get hasConfig(): boolean {
    return this.joined !== undefined;
  }

  get config(): ReplicaSetConfig | undefined {
    return this.joined?.config;
  }

  users(): UserStore {
    return this.joined?.users ?? this.localUsers;
  }

  /** The password a login as `db.user` must prove; `local.__system` is the keyfile. */
  passwordOf(db: string, user: string): string | undefined {
    if (db === 'local' && user === '__system') return this.options.keyfile.replace(/\s+/g, '');
    return this.users().get(userKey(db, user))?.password;
  }

  /** Set by the replica set: who is primary now, as this member's heartbeats tell it. */
  primaryLookup: () => string | undefined = () => undefined;

  /** Receives the set's config (replSetInitiate here, or a primary's heartbeat after an add). */
  join(state: MemberState): void {
    this.joined = this.set;
    this.moveTo(state);
  }

  moveTo(state: MemberState): void {
    this.state = state;
    this.topologyCounter += 1;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** Resolves when the topology changes or after `ms`, as an awaitable hello waits. */
  waitForChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        resolve();
      }, ms);
      const wake = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.add(wake);
    });
  }

  async listen(port = 0): Promise<void> {
    const server = createServer((socket) => this.serve(socket));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    for (const wake of this.waiters) wake();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    const session: Session = { connectionId: this.nextConnectionId++, user: undefined };
    let pending: Buffer = Buffer.alloc(0);
    // one request at a time per connection, in order, as mongod answers them
    let queue = Promise.resolve();
    socket.on('data', (chunk: Buffer) => {
      const { messages, rest } = takeMessages(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const message of messages) {
        const request = parseRequest(message);
        if (!request) continue;
        queue = queue.then(async () => {
          const reply = await answerCommand(this, session, request.body);
          if (!socket.destroyed) socket.write(encodeReply(request, reply));
        });
      }
    });
  }
}
