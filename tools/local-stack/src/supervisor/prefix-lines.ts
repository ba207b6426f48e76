import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';

/** Copies a child's output line by line, each line led by `prefix`, so interleaved logs stay legible. */
export function prefixLines(input: Readable, output: Writable, prefix: string): void {
  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on('line', (line) => {
    output.write(`${prefix} ${line}\n`);
  });
}

const COLOURS = [36, 35, 33, 32, 34, 96, 95, 93, 92, 94];

/** `[name]`, coloured when the output is a terminal, padded so the messages line up. */
export function labelFor(name: string, index: number, width: number, colour: boolean): string {
  const label = `[${name}]`.padEnd(width + 2);
  if (!colour) return label;
  const code = COLOURS[index % COLOURS.length] ?? 36;
  return `\u001b[${code}m${label}\u001b[0m`;
}
