export type ContentCoding = 'br' | 'gzip';

const ALIASES: Readonly<Record<string, string>> = { 'x-gzip': 'gzip' };

/**
 * Picks the coding to send from the ones a file has, by the client's Accept-Encoding q-values
 * (RFC 9110 §12.5.3). Ties go to the earlier entry of `available`, so list the smaller coding
 * first. `undefined` means send the file as it is, which is also what happens when the client
 * accepts nothing we have: refusing with 406 would help nobody.
 */
export function preferredCoding(
  header: string | undefined,
  available: readonly ContentCoding[],
): ContentCoding | undefined {
  if (header === undefined || available.length === 0) return undefined;
  const weights = parseWeights(header);
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get('*');
  // Only an explicit `identity;q=…` competes: unlisted, it is acceptable but not preferred.
  const identityWeight = weights.get('identity') ?? 0;
  let best: ContentCoding | undefined;
  let bestWeight = 0;
  for (const coding of available) {
    const weight = weightOf(coding) ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best !== undefined && bestWeight >= identityWeight ? best : undefined;
}

function parseWeights(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [rawName, ...parameters] = entry.split(';').map((part) => part.trim());
    if (rawName === undefined || rawName === '') continue;
    const name = rawName.toLowerCase();
    weights.set(ALIASES[name] ?? name, qualityOf(parameters));
  }
  return weights;
}

function qualityOf(parameters: readonly string[]): number {
  for (const parameter of parameters) {
    const match = /^q\s*=\s*([0-9.]+)$/i.exec(parameter);
    if (match?.[1] !== undefined) {
      const value = Number(match[1]);
      return Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0;
    }
  }
  return 1;
}
