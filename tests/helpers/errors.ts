import { isKepatuhanError, KepatuhanError } from '../../src/index.js';

/** The {@link KepatuhanError} `f` throws; anything else thrown is rethrown, nothing thrown fails. */
export function thrown(f: () => unknown): KepatuhanError {
  try {
    f();
  } catch (e) {
    if (e instanceof KepatuhanError) return e;
    throw e;
  }
  throw new Error('expected a KepatuhanError');
}

/** What a caller reads from the library's error: its code, path and message proper. */
export interface Caught {
  readonly code: string;
  readonly message: string;
  readonly path: string;
}

/**
 * The code, path and message proper (`e.message` without the path put in front of it) of the
 * library error `f` throws, or undefined when it throws nothing.
 */
export function caught(f: () => unknown): Caught | undefined {
  try {
    f();
  } catch (e) {
    if (!isKepatuhanError(e)) throw e;
    const prefix = `${e.path}: `;
    return { code: e.code, message: e.path !== '' && e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message, path: e.path };
  }
  return undefined;
}

/** `code @ path: message` of the library error `f` throws, a note for anything else, or undefined. */
export function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isKepatuhanError(e) ? `${e.code} @ ${e.path}: ${e.message}` : `not a KepatuhanError: ${String(e)}`;
  }
  return undefined;
}
