import { z } from 'zod';
import { method, returns } from '../define';

// Erasure, subject access and retention (issue #8).

export interface ForgetResultDto {
  personId: number;
  people: number;
  keys: number;
  tombstones: number;
  importRows: number;
  shortlistEntries: number;
  employments: number;
  skills: number;
  message: string;
}

export interface RetentionPreviewDto {
  days: number;
  cutoff: string;
  count: number;
  sample: { id: number; name: string; addedAt: string; sources: string[] }[];
  message: string;
}

const personId = z.object({ id: z.number().int().positive() });

export const privacyContract = {
  'people.forget': method({
    args: personId,
    result: returns<ForgetResultDto>(),
    doc: 'Erases a person: record, skills, employments, shortlist entries and the imported rows that carried them; a hashed tombstone stops re-import.',
  }),
  'people.exportData': method({
    args: personId,
    result: returns<{ fileName: string; content: string }>(),
    doc: 'Everything held about one person as a JSON document (subject access request).',
  }),
  'privacy.allowReimport': method({
    args: z
      .object({ email: z.string().trim().min(3).max(320).optional(), linkedin: z.string().trim().min(1).max(300).optional(), employeeId: z.string().trim().min(1).max(100).optional() })
      .strict()
      .refine((k) => Boolean(k.email || k.linkedin || k.employeeId), 'give an email, a LinkedIn URL or an employee ID'),
    result: returns<{ released: number }>(),
    doc: 'Lets an erased person be imported again, by their email, LinkedIn URL (normalised) or employee ID.',
  }),
  'privacy.retention.preview': method({
    args: z.object({ days: z.number().int().min(1).max(3650) }),
    result: returns<RetentionPreviewDto>(),
    doc: 'Who the retention rule would remove now.',
  }),
  'privacy.retention.run': method({
    args: z.object({ days: z.number().int().min(1).max(3650), expected: z.number().int().min(0) }),
    result: returns<{ removed: number; message: string }>(),
    doc: 'Removes what the preview showed; refused if the count changed since.',
  }),
};

// The trust area's methods together, so the contract index joins them with one line.
import { backupContract } from './backup';
import { auditContract } from './audit';
import { settingsContract } from './settings';
export const trustContract = { ...privacyContract, ...backupContract, ...auditContract, ...settingsContract };
