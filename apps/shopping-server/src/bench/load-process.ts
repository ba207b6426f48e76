import { runLoad, type LoadOptions } from './run-load.js';

/**
 * Bench helper process: one autocannon run (argv[2]: LoadOptions as JSON), its result sent to
 * the parent. Each run gets a fresh process: a load generator that shares a long-lived heap
 * (the bench's own, with mongoose and earlier runs in it) can fall into V8 promoting nearly
 * every response object, and then spends more time collecting than loading; the server would
 * be measured against a throttled client.
 */
const options = JSON.parse(process.argv[2] ?? '') as LoadOptions;
process.send?.(await runLoad(options));
