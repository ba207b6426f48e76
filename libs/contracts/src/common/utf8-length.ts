/**
 * Number of bytes a string takes in UTF-8. Written by hand because the lib targets both
 * browsers and Node without DOM or Node typings (no TextEncoder / Buffer in scope).
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
