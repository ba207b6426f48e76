export { freeLoopbackPort, OwnRedisServer } from './own-redis-server.js';
export { TcpProxy } from './tcp-proxy.js';
export { present } from './present.js';
export { listen, readBody } from './stand-in-server.js';
export { startStripeStandIn, type StandInIntent, type StandInRefund } from './stripe-stand-in.js';
