/**
 * Limits on what is opened, checked before the full validation so a huge file is
 * refused at once instead of stalling the page (docs/scenario-format.md).
 */
export const INPUT_LIMITS = {
  /** A scenario file, share link or command-line input, in UTF-8 bytes (5 MB). */
  maxFileBytes: 5 * 1024 * 1024,
  /** Entries of one node's list: traffic steps, bursts, poison records. */
  maxListEntries: 10_000,
} as const;
