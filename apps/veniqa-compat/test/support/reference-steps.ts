/**
 * One test per request of the reference (`S1`…`S28` of the shopping client, `M1`…`M41` of the
 * management client, as numbered in veniqa-clients.md), so a run tells which of Veniqa's
 * requests are answered the way its clients need. A request sent in several shapes gets one
 * test per shape (`S10 …`, `S10 …`); it counts as answered when all of them pass.
 */
const shapes = new Map<string, number>();
const passed = new Map<string, number>();

export function step(id: string, title: string, run: () => Promise<void>): void {
  shapes.set(id, (shapes.get(id) ?? 0) + 1);
  it(`${id} ${title}`, async () => {
    await run();
    passed.set(id, (passed.get(id) ?? 0) + 1);
  });
}

/** Prints `N of M reference requests answered` once every step of the file has run. */
export function reportReferenceTally(): void {
  afterAll(() => {
    const ids = [...shapes.keys()];
    const passing = ids.filter((id) => passed.get(id) === shapes.get(id));
    const missing = ids.filter((id) => passed.get(id) !== shapes.get(id));
    console.log(
      `Veniqa reference requests answered as its clients need: ${passing.length} of ${ids.length}` +
        (missing.length > 0 ? ` (failing: ${missing.join(', ')})` : ''),
    );
  });
}
