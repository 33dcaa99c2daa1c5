/** The app version, from package.json at build time. */
export const APP_VERSION = '0.1.0';
/** Version of the matching engine; stored with every shortlisted score. match-2: more kinds of production evidence count for depth (volumes of events, moves into the cloud, money saved); a role that lists no skills weighs must-haves at nothing earned. */
export const ENGINE_VERSION = 'match-2';
