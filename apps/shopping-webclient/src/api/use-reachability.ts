import { onScopeDispose, shallowRef, type Ref } from 'vue';
import { useShoppingApi } from './shopping-api.js';

/** `true` while the shopping server answers; drives the offline banner. */
export function useReachability(): Readonly<Ref<boolean>> {
  const reachability = useShoppingApi().http.reachability;
  const reachable = shallowRef(reachability.reachable);
  const stop = reachability.subscribe((value) => (reachable.value = value));
  onScopeDispose(stop);
  return reachable;
}
