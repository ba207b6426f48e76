import { startEmbeddedMongo } from '@aneis/data';

/**
 * Bench helper process: the embedded MongoDB engine (CongoDB) in a process of its own, so its
 * memory and CPU are not counted as the server's. Reports `{ uri }` to the parent, stops on
 * SIGTERM.
 */
const mongo = await startEmbeddedMongo({ print: () => undefined });
process.send?.({ uri: mongo.uri });
process.once('SIGTERM', () => {
  void mongo.stop().finally(() => process.exit(0));
});
