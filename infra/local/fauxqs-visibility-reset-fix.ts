import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * Fix for a data-loss bug in fauxqs 2.4.1 with a data directory, applied to its persistence class
 * at start-up: a patch in the upstream style rather than a workaround in our callers, because
 * `accord dlq list` resets visibilities exactly as it must on AWS, and any other SQS client that
 * does the same against the local stack would lose messages too.
 *
 * The bug: ChangeMessageVisibility(VisibilityTimeout=0) calls
 * `PersistenceManager.updateMessageReady(id)`, which reuses the "in flight" UPDATE with NULL for
 * every value, approximate_receive_count included, a NOT NULL column. SQLite refuses; by then the
 * queue has already dropped the message from its in-flight map and not yet put it back, so it
 * vanishes from memory (the client gets an error, so no one retries it), and the row keeps its
 * old receipt handle and deadline, so a restart before that deadline loads it as in flight and
 * hides it again.
 *
 * The fix does what the method means: clear the receipt handle and the visibility deadline, and
 * keep the receive count and the first-receive time (SQS keeps both across visibility resets).
 * fauxqs does not export the class, so it is reached through the module file that its entry
 * point imports; the module cache makes that the very class the running emulator uses.
 * Drop this once a fauxqs release fixes updateMessageReady (tests/cli/dlq-list-keeps-messages.test.ts
 * tells).
 */
interface PersistenceInternals {
  db: DatabaseSync;
  updateMessageReady(messageId: string): void;
}

const statements = new WeakMap<DatabaseSync, StatementSync>();
let applied: Promise<void> | undefined;

export function fixFauxqsVisibilityReset(): Promise<void> {
  applied ??= apply();
  return applied;
}

async function apply(): Promise<void> {
  const entry = import.meta.resolve('fauxqs');
  const module = (await import(new URL('./persistence.js', entry).href)) as {
    PersistenceManager?: { prototype: PersistenceInternals };
  };
  const prototype = module.PersistenceManager?.prototype;
  if (!prototype || typeof prototype.updateMessageReady !== 'function') {
    throw new Error('fauxqs changed its persistence module: review infra/local/fauxqs-visibility-reset-fix.ts');
  }
  prototype.updateMessageReady = function (this: PersistenceInternals, messageId: string): void {
    let statement = statements.get(this.db);
    if (!statement) {
      statement = this.db.prepare('UPDATE sqs_messages SET receipt_handle = NULL, visibility_deadline = NULL WHERE message_id = ?');
      statements.set(this.db, statement);
    }
    statement.run(messageId);
  };
}
