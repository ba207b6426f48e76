import { deserialize, serialize, type Document } from 'bson';

/*
 * The two request shapes a MongoDB client sends today: OP_MSG for every command, and the legacy
 * OP_QUERY on `admin.$cmd` that drivers may still use for the very first handshake. Answers go
 * back in the request's own shape (OP_MSG, or OP_REPLY to an OP_QUERY).
 */

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_MSG = 2013;

const headerBytes = 16;
const checksumPresent = 1;

export interface CommandRequest {
  readonly requestId: number;
  readonly opCode: typeof OP_QUERY | typeof OP_MSG;
  /** The command document, with document-sequence sections folded in under their names. */
  readonly body: Document;
}

function readCString(buffer: Buffer, at: number): { text: string; next: number } {
  const end = buffer.indexOf(0, at);
  return { text: buffer.toString('utf8', at, end), next: end + 1 };
}

function readDocument(buffer: Buffer, at: number): { doc: Document; next: number } {
  const size = buffer.readInt32LE(at);
  return {
    doc: deserialize(buffer.subarray(at, at + size), { promoteBuffers: false }),
    next: at + size,
  };
}

function parseOpMsg(message: Buffer): Document {
  const flags = message.readUInt32LE(headerBytes);
  const end = message.length - (flags & checksumPresent ? 4 : 0);
  let at = headerBytes + 4;
  let body: Document = {};
  const sequences: Record<string, Document[]> = {};
  while (at < end) {
    const kind = message.readUInt8(at);
    at += 1;
    if (kind === 0) {
      const read = readDocument(message, at);
      body = read.doc;
      at = read.next;
    } else {
      const sectionEnd = at + message.readInt32LE(at);
      const id = readCString(message, at + 4);
      const docs: Document[] = [];
      let inner = id.next;
      while (inner < sectionEnd) {
        const read = readDocument(message, inner);
        docs.push(read.doc);
        inner = read.next;
      }
      sequences[id.text] = docs;
      at = sectionEnd;
    }
  }
  return { ...body, ...sequences };
}

function parseOpQuery(message: Buffer): Document {
  const collection = readCString(message, headerBytes + 4);
  // numberToSkip and numberToReturn follow the collection name
  const { doc } = readDocument(message, collection.next + 8);
  const command = (doc['$query'] as Document | undefined) ?? doc;
  const db = collection.text.split('.')[0] ?? 'admin';
  return { ...command, $db: db };
}

/** Splits whatever complete messages `pending` holds off its front; the rest stays pending. */
export function takeMessages(pending: Buffer): { messages: Buffer[]; rest: Buffer } {
  const messages: Buffer[] = [];
  let rest = pending;
  while (rest.length >= 4 && rest.length >= rest.readInt32LE(0)) {
    const size = rest.readInt32LE(0);
    messages.push(rest.subarray(0, size));
    rest = rest.subarray(size);
  }
  return { messages, rest };
}

export function parseRequest(message: Buffer): CommandRequest | undefined {
  const requestId = message.readInt32LE(4);
  const opCode = message.readInt32LE(12);
  if (opCode === OP_MSG) return { requestId, opCode, body: parseOpMsg(message) };
  if (opCode === OP_QUERY) return { requestId, opCode, body: parseOpQuery(message) };
  return undefined;
}

let nextResponseId = 1;

function header(length: number, responseTo: number, opCode: number): Buffer {
  const head = Buffer.alloc(headerBytes);
  head.writeInt32LE(length, 0);
  head.writeInt32LE(nextResponseId++, 4);
  head.writeInt32LE(responseTo, 8);
  head.writeInt32LE(opCode, 12);
  return head;
}

/** The answer to `request`, in the shape the client asked in. */
export function encodeReply(request: CommandRequest, reply: Document): Buffer {
  const doc = serialize(reply);
  if (request.opCode === OP_MSG) {
    const flags = Buffer.alloc(4);
    const kind = Buffer.from([0]);
    const length = headerBytes + flags.length + kind.length + doc.length;
    return Buffer.concat([header(length, request.requestId, OP_MSG), flags, kind, doc]);
  }
  // OP_REPLY: responseFlags, cursorID (int64), startingFrom, numberReturned, then the document
  const fields = Buffer.alloc(20);
  fields.writeInt32LE(1, 16);
  const length = headerBytes + fields.length + doc.length;
  return Buffer.concat([header(length, request.requestId, OP_REPLY), fields, doc]);
}
