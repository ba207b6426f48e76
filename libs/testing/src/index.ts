export { freeLoopbackPort, OwnRedisServer } from './own-redis-server.js';
export { TcpProxy } from './tcp-proxy.js';
