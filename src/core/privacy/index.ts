// The privacy area's helpers, for other areas to call.
export { isTombstoned, tombstoneHash, releaseTombstones, type IdentityKeysInput, type KeyKind } from './tombstones';
export { maskPerson, maskRows, blindPageArgs, BLIND_LABEL } from './blind';
export { isBlindReview, readSettings, writeSettings, type TrustSettings } from './settings';
export { forgetPerson, personByEmail, type ForgetResult } from './forget';
export { ERASED_RAW, ERASED_OUTCOME } from './erase';
export { exportPersonData } from './exportData';
export { previewRetention, runRetention, type RetentionPreview } from './retention';
