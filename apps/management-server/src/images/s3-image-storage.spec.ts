import { createS3ImageStorage } from './s3-image-storage.js';

const key = `${'a'.repeat(40)}/thumbnails/${'b'.repeat(40)}`;

describe('S3 image storage', () => {
  it('when an S3-compatible endpoint is configured, then uploads are presigned PUTs on it and live URLs map back to keys', async () => {
    const storage = createS3ImageStorage({
      bucket: 'catalog',
      region: 'eu-west-1',
      endpoint: 'https://minio.example.com/',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    });
    const target = await storage.uploadTarget(key);
    const upload = new URL(target.uploadUrl);
    expect(upload.origin).toBe('https://minio.example.com');
    expect(upload.pathname).toBe(`/catalog/${key}`);
    expect(upload.searchParams.get('X-Amz-Expires')).toBe('600');
    expect(upload.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(target.liveUrl).toBe(`https://minio.example.com/catalog/${key}`);
    expect(storage.keyOf(target.liveUrl)).toBe(key);
    expect(storage.keyOf('https://elsewhere.example.com/catalog/x')).toBeUndefined();
  });

  it('when no endpoint is given, then live URLs are the AWS bucket host', () => {
    const storage = createS3ImageStorage({ bucket: 'catalog', region: 'eu-west-1' });
    expect(storage.liveUrlOf(key)).toBe(`https://catalog.s3.eu-west-1.amazonaws.com/${key}`);
  });
});
