/**
 * What every importer takes and returns: `{ network, issues }`, and a
 * `strict` option that throws instead of returning errors.
 */
import type { Issue } from '../model/issues';
import type { PartnerNetwork } from '../network/types';

/** Options shared by every importer. */
export interface ImportOptions {
  /**
   * Throw a `PartnermapError` (code `parse-error`, issues attached) when any
   * error-level issue is found, instead of returning it.
   * @defaultValue false
   */
  strict?: boolean;
}

/** What every importer returns. */
export interface ImportResult {
  /** The network read (partial when there were errors: each left-out record has an error issue). */
  network: PartnerNetwork;
  /** Everything found: errors (records or fields left out), warnings, and info about readings made. */
  issues: Issue[];
}
