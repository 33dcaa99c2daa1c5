/** The app version, from package.json at build time. */
export const APP_VERSION = '0.1.0';
/** Version of the matching engine; stored with every shortlisted score. */
export const ENGINE_VERSION = 'match-1';
