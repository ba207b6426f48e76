import type { Document } from 'bson';
import { userKey, type FakeMember, type UserRecord } from './fake-member.js';
import { failure, type Handler } from './member-commands.js';

const notPrimary = failure(10107, 'NotWritablePrimary', 'not primary');
const notReadable = failure(
  13436,
  'NotPrimaryOrSecondary',
  'node is not in primary or recovering state',
);

function describe(record: UserRecord): Document {
  return {
    _id: userKey(record.db, record.user),
    user: record.user,
    db: record.db,
    roles: record.roles,
    mechanisms: ['SCRAM-SHA-1', 'SCRAM-SHA-256'],
  };
}

function usersInfo(member: FakeMember, body: Document): Document {
  if (member.state === 'STARTUP') return notReadable;
  const asked = body['usersInfo'] as unknown;
  const db = String(body['$db']);
  const wanted =
    typeof asked === 'string'
      ? [{ user: asked, db }]
      : asked && typeof asked === 'object' && 'user' in asked
        ? [asked as { user: string; db?: string }]
        : undefined;
  const all = [...member.users().values()].filter((u) => u.db === db);
  const found = wanted
    ? wanted.flatMap((w) => {
        const record = member.users().get(userKey(w.db ?? db, w.user));
        return record ? [record] : [];
      })
    : all;
  return { users: found.map(describe), ok: 1 };
}

function createUser(member: FakeMember, body: Document): Document {
  if (member.state !== 'PRIMARY') return notPrimary;
  const db = String(body['$db']);
  const user = String(body['createUser']);
  if (member.users().has(userKey(db, user))) {
    return failure(51003, 'Location51003', `User "${user}@${db}" already exists`);
  }
  member.users().set(userKey(db, user), {
    db,
    user,
    password: String(body['pwd']),
    roles: (body['roles'] ?? []) as Document[],
  });
  return { ok: 1 };
}

function updateUser(member: FakeMember, body: Document): Document {
  if (member.state !== 'PRIMARY') return notPrimary;
  const db = String(body['$db']);
  const user = String(body['updateUser']);
  const record = member.users().get(userKey(db, user));
  if (!record) return failure(11, 'UserNotFound', `Could not find user "${user}@${db}"`);
  if (typeof body['pwd'] === 'string') record.password = body['pwd'];
  if (Array.isArray(body['roles'])) record.roles = body['roles'] as Document[];
  return { ok: 1 };
}

export const userCommands: Record<string, Handler> = {
  usersInfo: (member, _session, body) => usersInfo(member, body),
  createUser: (member, _session, body) => createUser(member, body),
  updateUser: (member, _session, body) => updateUser(member, body),
};
