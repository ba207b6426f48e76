import { createHmac, timingSafeEqual } from 'node:crypto';

/** The HMAC our own upload URLs carry: it binds the method, the key and the expiry. */
export function uploadSignature(secret: string, key: string, expiresAt: number): string {
  return createHmac('sha256', secret).update(`PUT\n${key}\n${expiresAt}`).digest('hex');
}

export type SignatureCheck = 'valid' | 'expired' | 'invalid';

export function checkUploadSignature(
  secret: string,
  key: string,
  expires: unknown,
  signature: unknown,
  nowSeconds: number,
): SignatureCheck {
  if (typeof expires !== 'string' || !/^\d{1,12}$/.test(expires)) return 'invalid';
  if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) return 'invalid';
  const expected = Buffer.from(uploadSignature(secret, key, Number(expires)), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return 'invalid';
  return Number(expires) < nowSeconds ? 'expired' : 'valid';
}
