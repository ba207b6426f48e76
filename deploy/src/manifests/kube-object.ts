import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';

/** What every generated object offers: kubernetes-models classes and Traefik CRD classes alike. */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata?: IObjectMeta;
  validate(): void;
  toJSON(): unknown;
}

/** A named slice of the release, applied as a unit and written to one file. */
export interface ManifestGroup {
  readonly name: string;
  readonly objects: readonly KubeObject[];
}

/** Construct, then validate at once, so a bad object fails where it is made. */
export function validated<T extends KubeObject>(object: T): T {
  object.validate();
  return object;
}
