import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Precompressed {
  gzip: Buffer | undefined;
  br: Buffer | undefined;
}

/**
 * Both encodings at their strongest settings: this runs once per build, so the slow top levels
 * cost nothing at serving time. An encoding that does not make the file smaller is dropped.
 */
export function precompress(content: Buffer): Precompressed {
  const gzip = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
  const br = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  return {
    gzip: gzip.length < content.length ? gzip : undefined,
    br: br.length < content.length ? br : undefined,
  };
}
