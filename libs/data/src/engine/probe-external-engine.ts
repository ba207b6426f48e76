import mongoose from 'mongoose';
import type { MongoEngineCapabilities } from './mongo-engine.js';
import { congoCapabilities } from './mongo-engine.js';

export type ExternalProbe =
  | { reachable: true; congo: boolean; capabilities: MongoEngineCapabilities; description: string }
  | { reachable: false; reason: string };

/**
 * Asks a server given by URI what it is. A real MongoDB enforces unique and TTL indexes, and
 * has transactions when it is a replica set or a sharded cluster; a CongoDB (it names itself
 * in `buildInfo`) has none of them, and needs polling clients.
 */
export async function probeExternalEngine(uri: string, timeoutMs: number): Promise<ExternalProbe> {
  const client = new mongoose.mongo.MongoClient(uri, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
    // Harmless on a real server, and keeps a CongoDB behind the URI from reconnecting in a loop.
    serverMonitoringMode: 'poll',
  });
  try {
    await client.connect();
    const admin = client.db('admin');
    const buildInfo = await admin.command({ buildInfo: 1 });
    const hello = await admin.command({ hello: 1 });
    const version = typeof buildInfo['version'] === 'string' ? buildInfo['version'] : 'unknown';
    if (buildInfo['gitVersion'] === 'congodb') {
      return {
        reachable: true,
        congo: true,
        capabilities: congoCapabilities,
        description: 'the server identifies itself as CongoDB',
      };
    }
    const replicaSet = typeof hello['setName'] === 'string';
    const sharded = hello['msg'] === 'isdbgrid';
    return {
      reachable: true,
      congo: false,
      capabilities: { uniqueIndexes: true, ttlIndexes: true, transactions: replicaSet || sharded },
      description: `MongoDB ${version}, ${replicaSet ? 'replica set' : sharded ? 'sharded cluster' : 'standalone'}`,
    };
  } catch (error) {
    return { reachable: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.close().catch(() => undefined);
  }
}
