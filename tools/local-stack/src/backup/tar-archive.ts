/**
 * The few lines of the tar format (POSIX ustar) a backup needs: regular files only, read back
 * by `tar xf` anywhere. Written here rather than pulled in as a dependency because that is all
 * it takes: a 512-byte header per file, the content padded to 512 bytes, two empty blocks.
 */
export interface TarEntry {
  /** Path inside the archive, with `/`; at most 255 bytes. */
  readonly name: string;
  readonly content: Buffer;
}

const block = 512;

export function packTar(entries: readonly TarEntry[], mtime = new Date()): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    parts.push(header(entry, mtime), entry.content);
    const padding = (block - (entry.content.length % block)) % block;
    parts.push(Buffer.alloc(padding));
  }
  parts.push(Buffer.alloc(block * 2));
  return Buffer.concat(parts);
}

/** Reads regular files; also the long names GNU tar ('L') and pax ('x' path=) write. */
export function unpackTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let longName: string | undefined;
  for (let offset = 0; offset + block <= archive.length;) {
    const head = archive.subarray(offset, offset + block);
    if (head.every((byte) => byte === 0)) break;
    if (checksum(head) !== octal(head, 148, 8)) {
      throw new Error(`not a tar archive, or a damaged one (bad header at byte ${offset})`);
    }
    const size = octal(head, 124, 12);
    const type = String.fromCharCode(head[156] ?? 0);
    const prefix = text(head, 345, 155);
    const start = offset + block;
    const name =
      longName ?? (prefix === '' ? text(head, 0, 100) : `${prefix}/${text(head, 0, 100)}`);
    if (start + size > archive.length) throw new Error(`the archive ends inside ${name}`);
    const content = Buffer.from(archive.subarray(start, start + size));
    longName = undefined;
    if (type === 'L') longName = content.toString('utf8').replace(/\0+$/, '');
    if (type === 'x') longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(content.toString('utf8'))?.[1];
    if (type === '0' || type === '\0') entries.push({ name, content });
    offset = start + Math.ceil(size / block) * block;
  }
  return entries;
}

function header(entry: TarEntry, mtime: Date): Buffer {
  const head = Buffer.alloc(block);
  const [prefix, name] = splitName(entry.name);
  head.write(name, 0, 100, 'utf8');
  writeOctal(head, 100, 8, 0o644);
  writeOctal(head, 108, 8, 0);
  writeOctal(head, 116, 8, 0);
  writeOctal(head, 124, 12, entry.content.length);
  writeOctal(head, 136, 12, Math.floor(mtime.getTime() / 1000));
  head.write('        ', 148, 8, 'ascii');
  head.write('0', 156, 1, 'ascii');
  head.write('ustar\u000000', 257, 8, 'ascii');
  head.write(prefix, 345, 155, 'utf8');
  writeOctal(head, 148, 8, checksum(head));
  return head;
}

function splitName(path: string): [string, string] {
  if (Buffer.byteLength(path) <= 100) return ['', path];
  const cut = path.lastIndexOf('/', path.length - 1);
  const prefix = path.slice(0, cut);
  const name = path.slice(cut + 1);
  if (cut === -1 || Buffer.byteLength(name) > 100 || Buffer.byteLength(prefix) > 155) {
    throw new Error(`${path} is too long a name for a tar archive`);
  }
  return [prefix, name];
}

/** Sum of the header's bytes with the checksum field counted as spaces. */
function checksum(head: Buffer): number {
  let sum = 0;
  for (let i = 0; i < block; i += 1) sum += i >= 148 && i < 156 ? 32 : (head[i] ?? 0);
  return sum;
}

function writeOctal(head: Buffer, offset: number, length: number, value: number): void {
  head.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, length, 'ascii');
}

function octal(head: Buffer, offset: number, length: number): number {
  return parseInt(text(head, offset, length).trim() || '0', 8);
}

function text(head: Buffer, offset: number, length: number): string {
  const field = head.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}
