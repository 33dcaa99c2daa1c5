import { z } from 'zod';
import { method, returns } from '../define';
import { IMPORT_KINDS, type ImportIssue, type ImportKind } from '../../domain';

// The importer (issue #4): preview a chosen file, run the import as a job, look back at batches
// and their issues, undo one, and keep mappings as named presets.

export const ImportKindArg = z.enum(IMPORT_KINDS);
/** header → target (a field name of the kind, or 'extra' | 'ignore' | 'protected'). */
export const MappingArg = z.record(z.string().max(300), z.string().max(64));

export interface ImportFieldDto {
  name: string;
  label: string;
}

export interface ImportColumnDto {
  index: number;
  header: string;
  /** A field name, or 'extra' (kept with the person), 'ignore', or 'protected' (kept apart, never scored). */
  target: string;
  /** 0..1: how sure the automatic mapping is; 1 for remembered or preset mappings. */
  confidence: number;
  /** Set when the column looks like a protected attribute ("gender", "date of birth"...): left out unless the user insists. */
  protectedAttribute: string | null;
  /** First non-empty values, for the mapping screen. */
  samples: string[];
}

export interface ImportPreview {
  fileName: string;
  kind: ImportKind;
  /** A sentence saying why the file cannot be imported; when set, the rest is empty. */
  refusal: string | null;
  encoding: string;
  /** 'comma' | 'semicolon' | 'tab' | 'pipe' */
  delimiter: string;
  headers: string[];
  columns: ImportColumnDto[];
  mappingSource: 'explicit' | 'preset' | 'remembered' | 'auto';
  /** Targets the mapping screen offers for this kind. */
  fields: ImportFieldDto[];
  /** The first 20 data rows as read. */
  rows: string[][];
  estimatedRows: number;
  /** True when estimatedRows is an exact count (the whole file was read). */
  exact: boolean;
  notes: string[];
  presets: { id: number; name: string }[];
}

export interface PossibleDuplicateDto {
  row: number;
  personId: number;
  otherId: number;
  name: string;
  company: string;
}

export interface ImportResult {
  /** null for a dry run (nothing was written). */
  batchId: number | null;
  dryRun: boolean;
  fileName: string;
  kind: ImportKind;
  rows: number;
  created: number;
  merged: number;
  rejected: number;
  warnings: number;
  /** Up to 1,000 issues; all of them via import.issues / import.issuesCsv. */
  issues: ImportIssue[];
  issueCount: number;
  possibleDuplicates: PossibleDuplicateDto[];
  encoding: string;
  delimiter: string;
  mappingSource: ImportPreview['mappingSource'];
  mapping: Record<string, string>;
  unknownSkills: number;
  seconds: number;
}

export interface ImportBatchDto {
  id: number;
  fileName: string;
  kind: ImportKind;
  encoding: string | null;
  delimiter: string | null;
  rows: number;
  created: number;
  merged: number;
  rejected: number;
  warnings: number;
  status: 'done' | 'undone';
  startedAt: string;
  finishedAt: string | null;
  mapping: Record<string, string>;
  notes: string[];
}

export interface RehireRuleDto {
  match: string;
  rehire: 'eligible' | 'review' | 'ineligible';
}

const batchId = z.object({ batchId: z.number().int().positive() });
const rules = z.array(z.object({ match: z.string().trim().min(1).max(100), rehire: z.enum(['eligible', 'review', 'ineligible']) })).max(500);

export const importsContract = {
  'import.preview': method({
    args: z.object({ fileId: z.string().min(1).max(64), kind: ImportKindArg, mapping: z.union([MappingArg, z.string().max(100)]).optional() }),
    result: returns<ImportPreview>(),
    doc: 'Reads a chosen file: encoding, delimiter, headers, the proposed mapping and the first rows; or why it cannot be imported.',
  }),
  'import.run': method({
    args: z.object({
      fileId: z.string().min(1).max(64),
      kind: ImportKindArg,
      /** An explicit header → target map, or the name of a saved preset, or 'auto'. */
      mapping: z.union([MappingArg, z.string().max(100)]).optional(),
      dryRun: z.boolean().default(false),
      jobId: z.string().min(1).max(64).optional(),
      /** Where candidates came from; by default a public laid-off list when the file has a layoff date, else an ATS. */
      source: z.enum(['layoff_list', 'ats', 'manual']).optional(),
    }),
    result: returns<ImportResult>(),
    doc: 'Imports a file in one transaction, reporting progress; a dry run reports the same counts and writes nothing.',
    job: true,
  }),
  'import.list': method({ args: z.object({}), result: returns<ImportBatchDto[]>(), doc: 'Every import, newest first.' }),
  'import.get': method({ args: batchId, result: returns<ImportBatchDto>(), doc: 'One import batch.' }),
  'import.issues': method({
    args: batchId.extend({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(100000).default(1000) }),
    result: returns<{ rows: ImportIssue[]; total: number }>(),
    doc: 'The issues an import found, by row.',
  }),
  'import.issuesCsv': method({ args: batchId, result: returns<{ filename: string; content: string }>(), doc: 'The issues of an import as a CSV file to save.' }),
  'import.undo': method({
    args: batchId,
    result: returns<{ batchId: number; removed: number; restored: number }>(),
    doc: 'Takes an import back: removes the people and records it created and restores what it merged into others.',
  }),
  'import.presets.list': method({
    args: z.object({ kind: ImportKindArg.optional() }),
    result: returns<{ id: number; name: string; kind: ImportKind; mapping: Record<string, string>; updatedAt: string }[]>(),
    doc: 'Saved column mappings.',
  }),
  'import.presets.save': method({
    args: z.object({ name: z.string().trim().min(1).max(100), kind: ImportKindArg, mapping: MappingArg }),
    result: returns<{ id: number; name: string; kind: ImportKind; mapping: Record<string, string>; updatedAt: string }>(),
    doc: 'Saves a column mapping under a name (replacing one of the same name and kind).',
  }),
  'import.presets.delete': method({ args: z.object({ id: z.number().int().positive() }), result: returns<{ deleted: boolean }>(), doc: 'Deletes a saved mapping.' }),
  'settings.rehireMapping.get': method({
    args: z.object({}),
    result: returns<{ rules: RehireRuleDto[]; isDefault: boolean }>(),
    doc: 'How exit reasons map to rehire eligibility when a file has no eligibility column.',
  }),
  'settings.rehireMapping.set': method({
    args: z.object({ rules: rules.nullable() }),
    result: returns<{ rules: RehireRuleDto[]; isDefault: boolean }>(),
    doc: 'Replaces the exit-reason mapping (null restores the default). Applies to later imports.',
  }),
};
