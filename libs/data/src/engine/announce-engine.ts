const announcedKey = Symbol.for('@aneis/data:announced-mongo-engines');

type GlobalWithAnnouncements = typeof globalThis & { [announcedKey]?: Set<string> };

/**
 * Prints a line at most once per process. Kept on `globalThis` because test runners load this
 * module afresh for every test file while the process (and the reader's patience) stays.
 */
export function announceOnce(line: string, print: (line: string) => void): void {
  const store = globalThis as GlobalWithAnnouncements;
  const announced = (store[announcedKey] ??= new Set<string>());
  if (announced.has(line)) return;
  announced.add(line);
  print(line);
}
