import { Binary, Long, ObjectId, type Document } from 'bson';
import type { FakeMember } from './fake-member.js';
import { replicaSetCommands } from './replica-set-commands.js';
import { ScramConversation } from './scram-server.js';
import { userCommands } from './user-commands.js';

/*
 * The answers of a keyfile-secured mongod 8.0 to the commands mongosh and the init script send:
 * the handshake, SCRAM-SHA-256 logins, the replica-set commands and user management. Errors
 * carry mongod's own code, codeName and message, so the client raises what it would raise.
 */

export interface Session {
  readonly connectionId: number;
  /** `db.user` once logged in. */
  user: string | undefined;
  scram?: ScramConversation;
}

export type Handler = (member: FakeMember, session: Session, body: Document) => Document;

export function failure(code: number, codeName: string, errmsg: string): Document {
  return { ok: 0, errmsg, code, codeName };
}

const maxWireVersion = 25; // MongoDB 8.0

function replicationFields(member: FakeMember): Document {
  const config = member.config;
  if (!config) {
    return {
      isWritablePrimary: false,
      secondary: false,
      info: 'Does not have a valid replica set config',
      isreplicaset: true,
    };
  }
  const primary = member.primaryLookup();
  return {
    hosts: config.members.map((m) => m.host),
    setName: config._id,
    setVersion: config.version,
    isWritablePrimary: member.state === 'PRIMARY',
    secondary: member.state === 'SECONDARY',
    ...(primary ? { primary } : {}),
    me: member.host,
    ...(member.state === 'PRIMARY' ? { electionId: ObjectId.createFromTime(config.term) } : {}),
  };
}

function startScram(member: FakeMember, session: Session, db: string, payload: Buffer): Document {
  const scram = new ScramConversation(db, (user) => member.passwordOf(db, user));
  session.scram = scram;
  const step = scram.start(payload.toString('utf8'));
  return { conversationId: 1, done: step.done, payload: new Binary(Buffer.from(step.payload)) };
}

const authFailed = failure(18, 'AuthenticationFailed', 'Authentication failed.');

function hello(member: FakeMember, session: Session, body: Document): Document {
  const legacy = 'isMaster' in body || 'ismaster' in body;
  const replication = replicationFields(member);
  const { isWritablePrimary, ...rest } = replication;
  const reply: Document = {
    ...(body['helloOk'] ? { helloOk: true } : {}),
    ...(legacy ? { ismaster: isWritablePrimary } : { isWritablePrimary }),
    ...rest,
    topologyVersion: {
      processId: ObjectId.createFromHexString(member.processId.padEnd(24, '0').slice(0, 24)),
      counter: Long.fromNumber(member.topologyCounter),
    },
    maxBsonObjectSize: 16 * 1024 * 1024,
    maxMessageSizeBytes: 48_000_000,
    maxWriteBatchSize: 100_000,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: session.connectionId,
    minWireVersion: 0,
    maxWireVersion,
    readOnly: false,
    ok: 1,
  };
  const asked = body['saslSupportedMechs'];
  if (typeof asked === 'string') {
    const [db = '', user = ''] = asked.split(/\.(.*)/s);
    if (member.passwordOf(db, user) !== undefined) reply['saslSupportedMechs'] = ['SCRAM-SHA-256'];
  }
  const speculative = body['speculativeAuthenticate'] as Document | undefined;
  if (speculative?.['mechanism'] === 'SCRAM-SHA-256' && speculative['payload'] instanceof Binary) {
    const db = String(speculative['db'] ?? 'admin');
    reply['speculativeAuthenticate'] = startScram(
      member,
      session,
      db,
      Buffer.from(speculative['payload'].buffer),
    );
  }
  return reply;
}

const handshake: Record<string, Handler> = {
  hello,
  isMaster: hello,
  ismaster: hello,
  ping: () => ({ ok: 1 }),
  buildInfo: () => ({
    version: '8.0.4',
    versionArray: [8, 0, 4, 0],
    gitVersion: 'fake',
    modules: [],
    bits: 64,
    maxBsonObjectSize: 16 * 1024 * 1024,
    ok: 1,
  }),
  endSessions: () => ({ ok: 1 }),
  saslStart: (member, session, body) => {
    if (body['mechanism'] !== 'SCRAM-SHA-256') {
      return failure(
        2,
        'BadValue',
        `Received authentication for mechanism ${String(body['mechanism'])} which is not enabled`,
      );
    }
    const db = String(body['$db'] ?? 'admin');
    return {
      ...startScram(member, session, db, Buffer.from((body['payload'] as Binary).buffer)),
      ok: 1,
    };
  },
  saslContinue: (_member, session, body) => {
    const step = session.scram?.finish(Buffer.from((body['payload'] as Binary).buffer).toString());
    if (!step || !session.scram) return authFailed;
    session.user = session.scram.identity;
    session.scram = undefined;
    return { conversationId: 1, done: true, payload: new Binary(Buffer.from(step.payload)), ok: 1 };
  },
};

const needsLogin: Record<string, Handler> = { ...replicaSetCommands, ...userCommands };

export async function answerCommand(
  member: FakeMember,
  session: Session,
  body: Document,
): Promise<Document> {
  const name = Object.keys(body)[0] ?? '';
  const awaitMs = body['maxAwaitTimeMS'];
  if (name === 'hello' || name === 'isMaster' || name === 'ismaster') {
    // an awaitable hello (the driver's monitor) answers when something changes, or at the end
    if (typeof awaitMs === 'number' && body['topologyVersion']) {
      await member.waitForChange(awaitMs);
    }
  }
  if (name !== 'saslStart' && name !== 'saslContinue') member.received.push(body);
  const open = handshake[name];
  if (open) return open(member, session, body);
  const guarded = needsLogin[name];
  if (!guarded) return failure(59, 'CommandNotFound', `no such command: '${name}'`);
  if (!session.user) return failure(13, 'Unauthorized', `Command ${name} requires authentication`);
  return guarded(member, session, body);
}
