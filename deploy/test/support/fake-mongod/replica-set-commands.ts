import { Long, type Document } from 'bson';
import type { FakeMember, MemberConfig, MemberState, ReplicaSetConfig } from './fake-member.js';
import { failure, type Handler } from './member-commands.js';

const stateCodes: Record<MemberState, number> = { STARTUP: 0, PRIMARY: 1, SECONDARY: 2 };

const notYetInitialized = failure(94, 'NotYetInitialized', 'no replset config has been received');

/** mongod fills in every member field a config leaves out. */
function withDefaults(member: Document): MemberConfig {
  return {
    arbiterOnly: false,
    buildIndexes: true,
    hidden: false,
    priority: 1,
    tags: {},
    secondaryDelaySecs: Long.fromNumber(0),
    votes: 1,
    ...member,
    _id: Number(member['_id']),
    host: String(member['host']),
  };
}

function status(member: FakeMember): Document {
  const config = member.config;
  if (!config) return notYetInitialized;
  return {
    set: config._id,
    date: new Date(),
    myState: stateCodes[member.state],
    term: Long.fromNumber(config.term),
    members: config.members.map((m) => {
      const peer = member.set.members.find((p) => p.host === m.host);
      const state = peer?.hasConfig ? peer.state : 'STARTUP';
      return {
        _id: m._id,
        name: m.host,
        health: peer ? 1 : 0,
        state: stateCodes[state],
        stateStr: state,
        ...(m.host === member.host ? { self: true } : {}),
      };
    }),
    ok: 1,
  };
}

function initiate(member: FakeMember, body: Document): Document {
  if (member.hasConfig) return failure(23, 'AlreadyInitialized', 'already initialized');
  const asked = (body['replSetInitiate'] ?? {}) as Document;
  const name = member.options.setName;
  if (asked['_id'] !== name) {
    return failure(
      93,
      'InvalidReplicaSetConfig',
      `Attempting to initiate a replica set with name ${String(asked['_id'])}, but command line reports ${name}; rejecting`,
    );
  }
  const members = ((asked['members'] ?? []) as Document[]).map(withDefaults);
  if (!members.some((m) => m.host === member.host)) {
    return failure(
      93,
      'InvalidReplicaSetConfig',
      `No host described in new configuration with {version: 1, term: 0} for replica set ${name} maps to this node`,
    );
  }
  // the set already exists on other members, which know nothing of this one: two sets now
  if (member.set.config) {
    member.set.forked = true;
    return { ok: 1 };
  }
  const config: ReplicaSetConfig = {
    protocolVersion: Long.fromNumber(1),
    writeConcernMajorityJournalDefault: true,
    settings: { chainingAllowed: true, electionTimeoutMillis: 10_000 },
    ...asked,
    _id: name,
    version: 1,
    term: 1,
    members,
  };
  member.set.config = config;
  // the member's own data (the root user its entry point made) becomes the set's
  for (const [key, user] of member.users()) member.set.users.set(key, { ...user });
  member.join('SECONDARY');
  member.onConfigChange(member);
  return { ok: 1 };
}

function reconfig(member: FakeMember, body: Document): Document {
  const current = member.config;
  if (!current) return notYetInitialized;
  if (member.state !== 'PRIMARY') {
    return failure(
      10107,
      'NotWritablePrimary',
      `New config is rejected :: caused by :: replSetReconfig should only be run on a writable PRIMARY. Current state ${member.state};`,
    );
  }
  const next = body['replSetReconfig'] as ReplicaSetConfig;
  if (Number(next.version) <= current.version) {
    return failure(
      103,
      'NewReplicaSetConfigurationIncompatible',
      `New replica set configuration version must be greater than old, but ${String(next.version)} is not greater than ${current.version} for replset ${current._id}`,
    );
  }
  if (member.set.joining.size > 0) {
    return failure(
      308,
      'CurrentConfigNotCommittedYet',
      `Cannot run replSetReconfig because the current config: { version: ${current.version}, term: ${current.term} } is not yet majority committed.`,
    );
  }
  const members = next.members.map((m) => withDefaults(m));
  const added = members.filter((m) => !current.members.some((c) => c.host === m.host));
  if (added.length > 1) {
    return failure(
      103,
      'NewReplicaSetConfigurationIncompatible',
      'Rejecting reconfig where the new config adds more than one voting node at a time',
    );
  }
  member.set.config = {
    ...next,
    _id: current._id,
    version: Number(next.version),
    term: current.term,
    members,
  };
  member.onConfigChange(member);
  return { ok: 1 };
}

export const replicaSetCommands: Record<string, Handler> = {
  replSetGetStatus: (member) => status(member),
  replSetGetConfig: (member) =>
    member.config ? { config: structuredClone(member.config), ok: 1 } : notYetInitialized,
  replSetInitiate: (member, _session, body) => initiate(member, body),
  replSetReconfig: (member, _session, body) => reconfig(member, body),
};
