import { logger, type Database } from "@ipr/shared";
import { AuditEntry } from "./entities/audit-entry";
import { quarantine, type AuditRow } from "./audit-parse";

export interface Appended {
  /** Rows new to the trail (a retried or replayed delivery's rows are skipped). */
  recorded: number;
  /** Entries of the delivery kept in quarantined form. */
  quarantined: number;
}

/** SQLSTATE classes a row's content causes (22 data exception, 23 integrity, 54 program limit): retrying cannot help. */
const isPoison = (error: unknown) => /^(22|23|54)/.test(String((error as { code?: unknown }).code ?? ""));

async function insert(db: Database, rows: AuditRow[]): Promise<number> {
  const res = await db.orm.em.fork().createQueryBuilder(AuditEntry).insert(rows as never).onConflict("id").ignore().execute("run");
  return (res as { affectedRows?: number }).affectedRows ?? rows.length;
}

/** A row as the entry it came from, for its quarantined form. */
const asEntry = ({ quarantined: _q, quarantineReason: _r, raw: _raw, ...row }: AuditRow) => ({ ...row, at: row.at.toISOString() });

/**
 * Appends rows in one statement; an entry already recorded is skipped. When PostgreSQL refuses the
 * statement for a row's content, the batch is split in halves until the row is found, and that row
 * is recorded in quarantined form: one poison entry never blocks the others. Anything else (the
 * database is down) is thrown, nothing having been written for the rows not yet appended.
 */
export async function appendAuditEntries(db: Database, rows: AuditRow[]): Promise<Appended> {
  if (!rows.length) return { recorded: 0, quarantined: 0 };
  try {
    return { recorded: await insert(db, rows), quarantined: rows.filter((r) => r.quarantined).length };
  } catch (error) {
    if (!isPoison(error)) throw error;
    if (rows.length === 1) {
      // a quarantined form is always storable: if it is refused, the fault is not the entry's
      if (rows[0].quarantined) throw error;
      const reason = `refused by the database: ${(error as { code?: string }).code} ${(error as Error).message}`;
      logger.error({ auditEntry: rows[0].id, err: error }, "audit entry refused by the database: recorded quarantined");
      return { recorded: await insert(db, [quarantine(asEntry(rows[0]), reason)]), quarantined: 1 };
    }
    const half = Math.ceil(rows.length / 2);
    const first = await appendAuditEntries(db, rows.slice(0, half));
    const second = await appendAuditEntries(db, rows.slice(half));
    return { recorded: first.recorded + second.recorded, quarantined: first.quarantined + second.quarantined };
  }
}
