import { sendFailure } from '@aneis/http';
import express, { Router, type Request } from 'express';
import { isImageKey } from './image-keys.js';
import { MAX_IMAGE_BYTES } from './image-storage.js';
import type { LocalImageStorage } from './local-image-storage.js';
import { sniffImageType } from './sniff-image-type.js';
import { IMAGE_CONTENT_SECURITY_POLICY, isSvgDocument, SVG_CONTENT_TYPE } from './svg-document.js';
import { checkUploadSignature } from './upload-signature.js';

/** Rasters by their bytes; otherwise the SVGs that demo catalogues seeded before WebP. */
function servedImageType(bytes: Buffer): string | undefined {
  return sniffImageType(bytes) ?? (isSvgDocument(bytes) ? SVG_CONTENT_TYPE : undefined);
}

function keyFrom(req: Request): string {
  const segments: unknown = req.params['key'];
  return Array.isArray(segments) ? segments.join('/') : String(segments ?? '');
}

/** Where signed uploads arrive, with raw image bytes rather than JSON. */
export const IMAGE_UPLOAD_PREFIX = '/images/upload/';

/**
 * The local storage's HTTP face: `PUT /images/upload/<key>?expires&signature` (the signature is
 * the authorisation, so no session is needed; raster images only) and `GET /images/<key>` for
 * anyone, shoppers included (rasters, and the SVGs older demo catalogues hold).
 */
export function imageRoutes(storage: LocalImageStorage, secret: string, now: () => Date): Router {
  const router = Router();
  router.put(
    `${IMAGE_UPLOAD_PREFIX}*key`,
    express.raw({ type: () => true, limit: MAX_IMAGE_BYTES }),
    async (req, res) => {
      const key = keyFrom(req);
      if (!isImageKey(key)) {
        sendFailure(res, 404, 'Not Found');
        return;
      }
      const check = checkUploadSignature(
        secret,
        key,
        req.query['expires'],
        req.query['signature'],
        Math.floor(now().getTime() / 1000),
      );
      if (check !== 'valid') {
        sendFailure(
          res,
          403,
          check === 'expired' ? 'This upload URL has expired' : 'Invalid upload signature',
        );
        return;
      }
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (sniffImageType(bytes) === undefined) {
        sendFailure(res, 415, 'Only PNG, JPEG, GIF or WebP images are accepted');
        return;
      }
      await storage.write(key, bytes);
      res.status(200).end();
    },
  );
  router.get('/images/*key', async (req, res) => {
    const key = keyFrom(req);
    const bytes = isImageKey(key) ? await storage.read(key) : undefined;
    const type = bytes ? servedImageType(bytes) : undefined;
    if (!bytes || !type) {
      sendFailure(res, 404, 'Not Found');
      return;
    }
    res.setHeader('Cache-Control', 'public, max-age=86400, immutable');
    // Images are fetched by the storefront on another origin.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', IMAGE_CONTENT_SECURITY_POLICY);
    res.setHeader('Content-Type', type);
    res.send(bytes);
  });
  return router;
}
