import { setTimeout as delay } from 'node:timers/promises';
import mongoose from 'mongoose';

type Admin = ReturnType<InstanceType<typeof mongoose.mongo.MongoClient>['db']>;

const notYetInitialized = 94;
const invalidReplicaSetConfig = 93;

/**
 * Makes the mongod at `host` the primary of a replica set of one (transactions and change
 * streams need a replica set). A fresh data folder is initiated; one that was a member under
 * another address (the port changed) is reconfigured by force, which is safe with one member.
 */
export async function ensureSingleMemberReplicaSet(
  admin: Admin,
  name: string,
  host: string,
  timeoutMs: number,
): Promise<'initiated' | 'reconfigured' | 'as it was'> {
  let outcome: 'initiated' | 'reconfigured' | 'as it was' = 'as it was';
  const status = await admin.command({ replSetGetStatus: 1 }).catch((error: unknown) => error);
  const code = (status as { code?: number }).code;
  if (code === notYetInitialized) {
    await admin.command({ replSetInitiate: { _id: name, members: [{ _id: 0, host }] } });
    outcome = 'initiated';
  } else if (status instanceof Error && code !== invalidReplicaSetConfig) {
    throw status;
  } else if (code === invalidReplicaSetConfig || memberHost(status) !== host) {
    const { config } = (await admin.command({ replSetGetConfig: 1 })) as {
      config: { version: number; members: { host: string }[] };
    };
    const [member] = config.members;
    if (member === undefined) throw new Error('the replica set configuration has no member');
    member.host = host;
    config.version += 1;
    await admin.command({ replSetReconfig: config, force: true });
    outcome = 'reconfigured';
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hello = (await admin.command({ hello: 1 })) as { isWritablePrimary?: boolean };
    if (hello.isWritablePrimary === true) return outcome;
    if (Date.now() > deadline) {
      throw new Error(`mongod did not become the primary of ${name} within ${timeoutMs} ms`);
    }
    await delay(200);
  }
}

function memberHost(status: unknown): string | undefined {
  const members = (status as { members?: { name?: string; self?: boolean }[] }).members;
  return members?.find((member) => member.self === true)?.name ?? members?.[0]?.name;
}
