import { ApiError } from '@aneis/web-api';

/** How pictures are resized and sent; tests replace both (no canvas or storage in happy-dom). */
export interface ImageTransport {
  /** Re-encodes a picture as PNG whose longer side is at most `maxSide` pixels. */
  encode(file: Blob, maxSide: number): Promise<Blob>;
  /** PUTs bytes to a signed upload URL (no cookies: the signature is the permission). */
  put(uploadUrl: string, image: Blob): Promise<void>;
}

/** The storage accepts at most 5 MB per picture. */
const MAX_BYTES = 5 * 1024 * 1024;

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('image encoding failed'))),
      'image/png',
    ),
  );
}

async function encodeWithCanvas(file: Blob, maxSide: number): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    let side = maxSide;
    for (;;) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const png = await canvasToPng(canvas);
      // PNG photos can be large: shrink until the storage accepts them.
      if (png.size <= MAX_BYTES || side < 200) return png;
      side = Math.round(side * 0.75);
    }
  } finally {
    bitmap.close();
  }
}

async function putWithFetch(uploadUrl: string, image: Blob): Promise<void> {
  let response: Response;
  try {
    response = await fetch(uploadUrl, {
      method: 'PUT',
      body: image,
      headers: { 'Content-Type': 'image/png' },
      credentials: 'omit',
    });
  } catch {
    throw new ApiError('network', 0, 'The image storage cannot be reached.');
  }
  if (!response.ok) {
    const text = (await response.text()).trim();
    let message = text;
    try {
      const parsed = JSON.parse(text) as { errorDetails?: unknown };
      if (typeof parsed.errorDetails === 'string') message = parsed.errorDetails;
    } catch {
      // Not JSON (S3 answers XML): keep a short text, or fall back below.
    }
    if (!message || message.startsWith('<') || message.length > 300) {
      message = `The image upload failed (HTTP ${response.status}).`;
    }
    throw new ApiError('server', response.status, message);
  }
}

let transport: ImageTransport = { encode: encodeWithCanvas, put: putWithFetch };

export function imageTransport(): ImageTransport {
  return transport;
}

export function setImageTransport(next: ImageTransport): void {
  transport = next;
}
