import { stringify } from 'yaml';
import type { KubeObject, ManifestGroup } from './kube-object.js';

/** A multi-document YAML stream, in the given order. */
export function toYaml(objects: readonly KubeObject[]): string {
  return objects
    .map((o) => stringify(o.toJSON(), { lineWidth: 0, sortMapEntries: false }))
    .join('---\n');
}

/** `<group>.yaml` per group plus `all.yaml`, as file name → content. */
export function manifestFiles(groups: readonly ManifestGroup[]): Map<string, string> {
  const files = new Map<string, string>();
  groups.forEach((g, i) => {
    files.set(`${String(i).padStart(2, '0')}-${g.name}.yaml`, toYaml(g.objects));
  });
  files.set('all.yaml', toYaml(groups.flatMap((g) => g.objects)));
  return files;
}
