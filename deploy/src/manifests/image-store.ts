import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import type { IVolumeMount } from 'kubernetes-models/v1/VolumeMount';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { metadataFor } from './labels.js';
import { validated } from './kube-object.js';
import { publicUrlOf } from './public-urls.js';

/*
 * Uploaded product images must be visible to every replica: an upload handled by one pod is
 * served by any other. By default they live on one ReadWriteMany volume all replicas mount
 * (Longhorn serves RWX over NFS); with `imageStorage: 's3'` they go to a bucket instead and the
 * access keys come from the server's Secret.
 */

const volumeName = 'images';

export function imageClaimName(component: ComponentSpec): string {
  return `${component.name}-${volumeName}`;
}

function usesVolume(component: ComponentSpec, settings: DeploySettings): boolean {
  return component.sharedStorage !== undefined && settings.imageStorage === 'volume';
}

/** Where the browser loads an S3 image from, as the server's S3 storage builds its URLs. */
export function s3LiveHost(settings: DeploySettings): string {
  const { bucket, region, endpoint } = settings.s3;
  return endpoint === '' ? `${bucket}.s3.${region}.amazonaws.com` : new URL(endpoint).host;
}

/** The management server's image settings: local folder on the shared volume, or S3. */
export function imageStoreEnv(
  component: ComponentSpec,
  settings: DeploySettings,
): Record<string, string> {
  const ownHost = new URL(publicUrlOf(component.name, settings)).host;
  const env: Record<string, string> = {
    // images on the volume are served by this server itself, under its own host
    PUBLIC_IMAGE_BASE_URL: `${publicUrlOf(component.name, settings)}/images`,
  };
  if (settings.imageStorage === 's3') {
    env['S3_BUCKET'] = settings.s3.bucket;
    env['S3_REGION'] = settings.s3.region;
    if (settings.s3.endpoint !== '') env['S3_ENDPOINT'] = settings.s3.endpoint;
    env['ALLOWED_IMAGE_HOSTS'] = [ownHost, s3LiveHost(settings)].join(',');
  } else {
    env['IMAGE_STORAGE_DIR'] = component.sharedStorage?.mountPath ?? '/srv/images';
    env['ALLOWED_IMAGE_HOSTS'] = ownHost;
  }
  return env;
}

/** The shared volume's claim, when the component has one and the settings keep images local. */
export function imageVolumeClaim(component: ComponentSpec, settings: DeploySettings) {
  if (!usesVolume(component, settings) || !component.sharedStorage) return undefined;
  return validated(
    new PersistentVolumeClaim({
      metadata: metadataFor(imageClaimName(component), component, settings),
      spec: {
        accessModes: ['ReadWriteMany'],
        storageClassName: settings.sharedStorageClass,
        resources: { requests: { storage: component.sharedStorage.size } },
      },
    }),
  );
}

export function imageVolumes(
  component: ComponentSpec,
  settings: DeploySettings,
): { volumes: IVolume[]; mounts: IVolumeMount[] } {
  if (!usesVolume(component, settings) || !component.sharedStorage) {
    return { volumes: [], mounts: [] };
  }
  return {
    volumes: [
      { name: volumeName, persistentVolumeClaim: { claimName: imageClaimName(component) } },
    ],
    mounts: [{ name: volumeName, mountPath: component.sharedStorage.mountPath }],
  };
}

/** A port outside the cluster the component dials besides https (an S3 endpoint's own port). */
export function s3EndpointPort(settings: DeploySettings): number | undefined {
  if (settings.imageStorage !== 's3' || settings.s3.endpoint === '') return undefined;
  const url = new URL(settings.s3.endpoint);
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'http:' ? 80 : 443;
}
