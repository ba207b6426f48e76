import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { isImageKey } from './image-keys.js';
import { UPLOAD_URL_TTL_SECONDS, type ImageStorage } from './image-storage.js';

export interface S3ImageStorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint (MinIO, …); AWS when absent. Path-style URLs when given. */
  endpoint?: string | undefined;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
}

/** Images in an S3 bucket, uploaded by the browser through presigned PUTs (Veniqa's way). */
export function createS3ImageStorage(options: S3ImageStorageOptions): ImageStorage {
  const endpoint = options.endpoint?.replace(/\/+$/, '');
  const client = new S3Client({
    region: options.region,
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    ...(options.accessKeyId && options.secretAccessKey
      ? {
          credentials: {
            accessKeyId: options.accessKeyId,
            secretAccessKey: options.secretAccessKey,
          },
        }
      : {}),
  });
  const liveBase = endpoint
    ? `${endpoint}/${options.bucket}`
    : `https://${options.bucket}.s3.${options.region}.amazonaws.com`;
  const liveUrlOf = (key: string): string => `${liveBase}/${key}`;
  return {
    async uploadTarget(key) {
      const uploadUrl = await getSignedUrl(
        client,
        new PutObjectCommand({ Bucket: options.bucket, Key: key, ContentType: 'image/png' }),
        { expiresIn: UPLOAD_URL_TTL_SECONDS },
      );
      return { uploadUrl, liveUrl: liveUrlOf(key) };
    },
    liveUrlOf,
    keyOf(url) {
      if (!url.startsWith(`${liveBase}/`)) return undefined;
      const key = url.slice(liveBase.length + 1);
      return isImageKey(key) ? key : undefined;
    },
    async copy(fromKey, toKey) {
      await client.send(
        new CopyObjectCommand({
          Bucket: options.bucket,
          CopySource: `${options.bucket}/${fromKey}`,
          Key: toKey,
        }),
      );
    },
    async remove(keys) {
      if (keys.length === 0) return;
      const result = await client.send(
        new DeleteObjectsCommand({
          Bucket: options.bucket,
          Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      // A batch delete answers 200 even when some keys failed; they come back in `Errors`.
      const failed = result.Errors ?? [];
      if (failed.length > 0) {
        throw new Error(
          `S3 did not delete ${failed.map((e) => `${e.Key ?? '?'} (${e.Code ?? 'error'})`).join(', ')}`,
        );
      }
    },
    async *list() {
      let continuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: options.bucket,
            ...(continuationToken ? { ContinuationToken: continuationToken } : {}),
          }),
        );
        for (const object of page.Contents ?? []) {
          // The bucket may hold other things: only our own keys are ever offered for deletion.
          if (object.Key && isImageKey(object.Key) && object.LastModified) {
            yield { key: object.Key, modifiedAt: object.LastModified };
          }
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken);
    },
  };
}
