export { TcpProxy } from './tcp-proxy.js';
