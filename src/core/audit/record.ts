import type Database from 'better-sqlite3';

// The audit log: who did what to which records, viewable in Settings (audit.list) and the CLI.
// Details never hold a person's name, email or other personal data: a subject is a reference
// such as "person:12" or "batch:3", so erasing a person leaves nothing personal behind here.

export type AuditAction = 'import' | 'undo_import' | 'merge' | 'forget' | 'export' | 'weights' | 'backup' | 'restore' | 'retention' | 'settings' | (string & {});

/** The subject reference of a person, for `record`. */
export const personSubject = (id: number): string => `person:${id}`;

/**
 * Appends one entry. Call it inside the same transaction as the change it describes,
 * so the log never claims something that was rolled back.
 */
export function record(db: Database.Database, action: AuditAction, subject: string | null, details: Record<string, unknown> = {}, at: Date = new Date()): number {
  const r = db.prepare('INSERT INTO audit_log (at, action, subject, details) VALUES (?, ?, ?, ?)').run(at.toISOString(), action, subject, JSON.stringify(details));
  return Number(r.lastInsertRowid);
}
