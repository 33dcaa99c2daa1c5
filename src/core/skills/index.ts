// The knowledge layer's skills side: what the importer, the matcher and the handlers import.
export type { Adjacent, SkillDef, SkillsReading, Taxonomy, TitleReading } from './types';
export { loadTaxonomy, taxonomyFor, invalidateTaxonomy, taxonomySignature } from './taxonomy';
export { buildTaxonomy, type TaxonomyData, type TaxonomyModel } from './model';
export { recordUnknown, listUnknown, unknownKey, type UnknownTerm } from './unknown';
export { readTitle, primaryTrack, titleTracks } from './titles';
export { normKey } from './normalize';
