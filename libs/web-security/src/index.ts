export {
  contentSecurityPolicy,
  type Webclient,
  type WebclientOrigins,
} from './content-security-policy.js';
export { webclientSecurityHeaders } from './webclient-headers.js';
