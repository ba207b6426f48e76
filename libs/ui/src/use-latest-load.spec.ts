import { effectScope } from 'vue';
import { useLatestLoad } from './use-latest-load.js';

/** A request the test answers by hand, remembering whether it was cancelled. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  let signal: AbortSignal | undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const fetch = (given: AbortSignal) => {
    signal = given;
    return promise;
  };
  return { fetch, resolve, reject, cancelled: () => signal?.aborted === true };
}

const describeError = (e: unknown) => `failed: ${String(e)}`;

describe('useLatestLoad', () => {
  it('when a load answers, then its result is shown and busy goes up then down', async () => {
    const latest = useLatestLoad(describeError);
    const request = pending<string>();
    const shown: string[] = [];
    const done = latest.load(request.fetch, (result) => shown.push(result));
    expect(latest.busy.value).toBe(true);
    request.resolve('page 1');
    await done;
    expect(shown).toEqual(['page 1']);
    expect(latest.busy.value).toBe(false);
    expect(latest.error.value).toBeNull();
  });

  it('when an earlier load answers after a later one, then only the later result stays', async () => {
    const latest = useLatestLoad(describeError);
    const unfiltered = pending<string>();
    const filtered = pending<string>();
    const shown: string[] = [];
    const first = latest.load(unfiltered.fetch, (result) => shown.push(result));
    const second = latest.load(filtered.fetch, (result) => shown.push(result));
    expect(unfiltered.cancelled()).toBe(true);
    expect(filtered.cancelled()).toBe(false);
    filtered.resolve('filtered');
    await second;
    unfiltered.resolve('everything');
    await first;
    expect(shown).toEqual(['filtered']);
    expect(latest.busy.value).toBe(false);
  });

  it('when a superseded load settles first, then busy stays up for the one still running', async () => {
    const latest = useLatestLoad(describeError);
    const old = pending<string>();
    const current = pending<string>();
    const first = latest.load(old.fetch, () => undefined);
    const second = latest.load(current.fetch, () => undefined);
    old.reject(new Error('cancelled'));
    await first;
    expect(latest.busy.value).toBe(true);
    expect(latest.error.value).toBeNull();
    current.resolve('ok');
    await second;
    expect(latest.busy.value).toBe(false);
  });

  it('when the latest load fails, then its error is described and nothing is shown', async () => {
    const latest = useLatestLoad(describeError);
    const request = pending<string>();
    const shown: string[] = [];
    const done = latest.load(request.fetch, (result) => shown.push(result));
    request.reject('offline');
    await done;
    expect(latest.error.value).toBe('failed: offline');
    expect(shown).toEqual([]);
  });

  it('when a new load starts, then the previous error is cleared', async () => {
    const latest = useLatestLoad(describeError);
    const failing = pending<string>();
    const failed = latest.load(failing.fetch, () => undefined);
    failing.reject('offline');
    await failed;
    const retry = pending<string>();
    const done = latest.load(retry.fetch, () => undefined);
    expect(latest.error.value).toBeNull();
    retry.resolve('ok');
    await done;
    expect(latest.error.value).toBeNull();
  });

  it('when the page goes away mid-load, then the request is cancelled', () => {
    const scope = effectScope();
    const request = pending<string>();
    scope.run(() => void useLatestLoad(describeError).load(request.fetch, () => undefined));
    expect(request.cancelled()).toBe(false);
    scope.stop();
    expect(request.cancelled()).toBe(true);
  });
});
