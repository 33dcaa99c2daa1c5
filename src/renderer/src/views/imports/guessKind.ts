import type { ImportPreview } from '../../../../shared/api/contract/imports';
import type { ImportKind } from '../../../../shared/domain';
import { IMPORT_KINDS } from '../../../../shared/domain';
import type { ApiClient } from '../../api/client';

const SPECIAL = new Set(['extra', 'ignore', 'protected']);

/** How well a file reads as one kind: the confidence of every column mapped to a field; refused is worst. */
export function kindScore(p: ImportPreview): number {
  if (p.refusal) return -1;
  return p.columns.reduce((s, c) => s + (SPECIAL.has(c.target) ? 0 : Math.max(c.confidence, 0.5)), 0);
}

/**
 * Previews the file as every kind and proposes the one whose headers fit best. Candidates and
 * former employees share the person fields, so a tie goes to the earlier kind (candidates).
 */
export async function guessKind(api: ApiClient, fileId: string): Promise<{ kind: ImportKind; preview: ImportPreview }> {
  const previews = await Promise.all(IMPORT_KINDS.map((kind) => api.call('import.preview', { fileId, kind })));
  let best = 0;
  previews.forEach((p, i) => {
    if (kindScore(p) > kindScore(previews[best]!) + 0.01) best = i;
  });
  return { kind: IMPORT_KINDS[best]!, preview: previews[best]! };
}
