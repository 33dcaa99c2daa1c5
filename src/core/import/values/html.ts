import { decodeHTML } from 'entities';

// Free text an ATS or HRIS exported as HTML (a Workday job description, a résumé in a Greenhouse
// export): read as the text a person would see, for every free-text field (record.ts, 'prose').

const BLOCK = /<\/?(?:p|div|li|ul|ol|br|h[1-6]|tr|table|section|article|blockquote)\b[^>]*>/gi;

/**
 * HTML as plain text: paragraphs, list items and line breaks become lines, other tags go, entities
 * are decoded ("&nbsp;", "&amp;"). Text without tags or entities is returned as it is.
 */
export function htmlToText(text: string): string {
  if (!/<[a-z/!][^>]*>|&#?[a-z0-9]+;/i.test(text)) return text;
  const plain = decodeHTML(text.replace(/<li\b[^>]*>/gi, '\n• ').replace(BLOCK, '\n').replace(/<!--[\s\S]*?-->|<[^>]+>/g, ''));
  return plain
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n\n(?=• )/g, '\n') // list items on consecutive lines
    .trim();
}
