import crypto from 'node:crypto';
import type { SourceKind } from '../../../shared/domain';
import { taxonomyFrom, type UserTaxonomy } from '../../skills/taxonomy';
import { readingKnowledge, type ReadingKnowledge } from '../knowledge';
import { streamRows, type SourceRow, type TableInfo } from '../read/table';
import { makePlan, rawJson, readRecord, type Plan, type RowRecord } from '../record';
import { rehireDeriver, type RehireRule } from '../values/rehire';
import { buildPersonDraft, type DraftContext } from '../write/personDraft';
import { packedColumns, type PackedSkill } from '../../repos/personSkills';
import type { PreparedPerson } from './wire';

// Reading a person file up to the point where the store is needed: bytes → cells → typed values →
// a person draft and the raw row to log. The same code runs inline or on the prep thread.

/** Everything preparing needs, as plain data (it is sent to the prep thread). */
export interface PrepSpec {
  info: TableInfo;
  kind: 'candidates' | 'alumni';
  mapping: Record<string, string>;
  source: SourceKind;
  rehireRules: RehireRule[];
  user: UserTaxonomy;
  /** The import batch: a packed skill records the batch it came from. */
  batchId: number;
}

/** What is known about the file once every row was read. */
export interface PrepEnd {
  /** sha256 of the file's bytes. */
  hash: string;
  nulCount: number;
  badChars: number;
  unterminatedQuotes: number;
}

/** A file's rows, read in batches, as whatever the writer takes. */
export interface RowSource<T> {
  batches: Iterable<T[]>;
  /** Valid once `batches` is exhausted. */
  end(): PrepEnd;
  /** Stops early (a cancel or a failed write): frees what reading holds. */
  stop(): void;
}

export type PreparedStream = RowSource<PreparedPerson>;

/** Rows read on this thread as records, for the writers that take them (roles, layoff events). */
export function readRecords(info: TableInfo, plan: Plan): RowSource<RowRecord> {
  return mapRows(info, 0, (row) => readRecord(plan, row.rowNo, row.cells));
}

function mapRows<T>(info: TableInfo, after: number, fn: (row: SourceRow) => T): RowSource<T> {
  const hash = crypto.createHash('sha256');
  const rows = streamRows(info, (b) => hash.update(b));
  let digest: string | null = null;
  function* gen(): Generator<T[]> {
    for (const batch of rows.batches) {
      if (after > 0 && batch[batch.length - 1]!.rowNo <= after) continue;
      yield (after > 0 ? batch.filter((r) => r.rowNo > after) : batch).map(fn);
    }
    digest = hash.digest('hex');
  }
  return {
    batches: { [Symbol.iterator]: gen },
    end: () => ({ hash: digest ?? '', nulCount: rows.nulCount(), badChars: rows.badChars(), unterminatedQuotes: rows.stats.unterminatedQuotes }),
    stop: () => {},
  };
}

function draftContext(plan: Plan, spec: Pick<PrepSpec, 'kind' | 'source' | 'rehireRules'>, know: ReadingKnowledge): DraftContext {
  return {
    know,
    alumni: spec.kind === 'alumni',
    source: spec.source,
    derive: rehireDeriver(spec.rehireRules),
    headerOf: (field) => plan.columns.find((c) => c.target === field)?.header ?? field,
  };
}

/**
 * Prepares the file's rows on this thread, batch by batch as they are read; rows up to `after` are
 * only parsed. `know` is this thread's own knowledge when it has one (the job thread's); otherwise
 * it is built from the spec's plain data (the prep thread).
 */
export function prepareInline(spec: PrepSpec, after = 0, know?: ReadingKnowledge): PreparedStream {
  const plan = makePlan(spec.kind, spec.info.headers, spec.mapping, spec.info.sample);
  const ctx = draftContext(plan, spec, know ?? readingKnowledge(taxonomyFrom(spec.user)));
  return mapRows(spec.info, after, (row): PreparedPerson => {
    const rec = readRecord(plan, row.rowNo, row.cells);
    const { skills, ...draft } = buildPersonDraft(rec, ctx);
    // Packed here, off the writing thread: the writer stores the two strings as they are.
    const packed = packedColumns(skills.map((k): PackedSkill => [k.skill, k.known, k.raw, k.origin, spec.batchId]));
    return { rowNo: rec.rowNo, raw: rawJson(plan, rec.cells), issues: rec.issues, extra: rec.extra, protectedValues: rec.protectedValues, draft, skills: packed.skills, skillNames: packed.skillNames };
  });
}
