import { once } from 'node:events';
import { connect } from 'node:net';

/**
 * Sends `parts` as separate writes on one fresh connection, `pauseMs` apart (so the server reads
 * them apart), and resolves with the raw response once the server has answered.
 */
export async function rawExchange(port: number, parts: readonly string[], pauseMs = 30) {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    received += chunk;
  });
  for (const [index, part] of parts.entries()) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    socket.write(part);
  }
  while (!/\r\n\r\n[\s\S]*\}$/.test(received)) await once(socket, 'data');
  socket.destroy();
  const [head = '', body = ''] = received.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), body: JSON.parse(body) as Record<string, unknown> };
}
