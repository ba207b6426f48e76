import type { CommandGate } from './command-gate.js';
import type { JournalWriter } from './journal-writer.js';

type Reply = Record<string, unknown>;

/** The one part of CongoServer this relies on: every command's reply comes from `route()`. */
interface RoutingServer {
  commandRouter?: { route?: (command: unknown) => Promise<Reply> };
}

/**
 * Makes every reply of the server wait until the changes made so far are on disk. CongoServer
 * writes a command's reply to the socket only once `route()` resolves, so holding `route()`
 * back until the journal is synced means no client ever hears "done" about a change a crash
 * could still lose, nor reads one. Reads wait only when changes are pending, which is rare.
 */
export function holdRepliesUntilDurable(
  server: object,
  gate: CommandGate,
  journal: JournalWriter,
  onFailure: (error: Error) => void,
): void {
  const router = (server as RoutingServer).commandRouter;
  const route = router?.route?.bind(router);
  if (router === undefined || route === undefined) {
    throw new Error(
      'This version of @push.rocks/smartmongo has no CongoServer.commandRouter.route(), where ' +
        'the embedded database makes writes durable before acknowledging them; it will not ' +
        'start without that promise. Use the version in package.json, or set MONGODB_URI.',
    );
  }
  router.route = async (command) => {
    await gate.enter();
    try {
      if (journal.failed) return failedReply(journal.failed);
      const reply = await route(command);
      await journal.whenDurable();
      return reply;
    } catch (error) {
      if (!journal.failed) throw error;
      onFailure(journal.failed);
      return failedReply(journal.failed);
    } finally {
      gate.leave();
    }
  };
}

function failedReply(error: Error): Reply {
  return {
    ok: 0,
    errmsg:
      `The embedded database could not write its journal to disk (${error.message}): the ` +
      'last change is not saved and no further command is accepted. Stop the local stack, ' +
      'free the disk, and start it again.',
    code: 1,
    codeName: 'InternalError',
  };
}
