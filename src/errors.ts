/**
 * Typed errors thrown by the library. The CLI maps each `code` to an exit status and a one-line message;
 * nothing below cli/ prints or exits.
 */
export type ErrorCode =
  | 'DATA_INVALID' // a data/*.yaml file (built-in or --data) is malformed
  | 'NO_PUBLICATION_DATE' // an article has no usable publication date
  | 'BAD_DATE' // a date that does not exist (2017/02/30) or cannot be read
  | 'BAD_OPTION' // an option value the library cannot use (unknown country, format, ...)
  | 'BAD_INPUT' // input that is not an article (binary, empty, unknown encoding)
  | 'BAD_EXPORT'; // a file given to `show`/`merge` that is not a tarikh export

export class TarikhError extends Error {
  readonly code: ErrorCode;
  /** The file or input the error is about, when there is one. */
  readonly source?: string;
  /** What the user can do about it. */
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, opts: { source?: string; hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'TarikhError';
    this.code = code;
    this.source = opts.source;
    this.hint = opts.hint;
  }
}

export function isTarikhError(e: unknown): e is TarikhError {
  return e instanceof TarikhError;
}
