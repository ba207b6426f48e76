import { onScopeDispose, shallowRef, type Ref } from 'vue';
import { useManagementApi } from './management-api.js';

/** `true` while the management server answers; drives the offline banner. */
export function useReachability(): Readonly<Ref<boolean>> {
  const reachability = useManagementApi().http.reachability;
  const reachable = shallowRef(reachability.reachable);
  const stop = reachability.subscribe((value) => (reachable.value = value));
  onScopeDispose(stop);
  return reachable;
}
