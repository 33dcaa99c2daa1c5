// Typed errors with a sentence a hiring manager can act on. The code is for programs,
// the message for people; `field` names the offending argument or column when there is one.

export const ERROR_CODES = {
  UNKNOWN_METHOD: 'That action is not known to this version of Bridgehire.',
  BAD_ARGS: 'Some of the information sent was not valid.',
  NOT_FOUND: 'That item no longer exists.',
  CONFLICT: 'That conflicts with something already in the workspace.',
  IMPORT_REFUSED: 'The file could not be imported.',
  CANCELLED: 'The work was cancelled; nothing was changed.',
  DB_NEWER: 'This workspace was written by a newer version of Bridgehire.',
  DB_CORRUPT: 'The workspace file is damaged.',
  DB_UNREADABLE: 'The workspace file could not be opened.',
  UNAUTHORIZED: 'This request did not carry the session token.',
  FORBIDDEN: 'This request came from somewhere Bridgehire does not trust.',
  TOO_LARGE: 'The request was too large.',
  UNAVAILABLE: 'That is not available here.',
  INTERNAL: 'Something went wrong inside Bridgehire. Nothing was changed.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  field?: string;
  details?: unknown;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly details?: unknown;
  constructor(code: ErrorCode, message?: string, opts: { field?: string; details?: unknown } = {}) {
    super(message ?? ERROR_CODES[code]);
    this.name = 'ApiError';
    this.code = code;
    this.field = opts.field;
    this.details = opts.details;
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}), ...(this.details !== undefined ? { details: this.details } : {}) };
  }
  static from(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, { field: shape.field, details: shape.details });
  }
}

/** What every transport carries back: a value or a typed error, never a stack. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && x in ERROR_CODES;
}
