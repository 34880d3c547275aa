/** Process exit codes, documented in the README. */
export const ExitCode = {
  OK: 0,
  /** The Python code raised an uncaught exception. */
  PYTHON_ERROR: 1,
  /** Bad command line. */
  USAGE: 2,
  /** A limit stopped the code (memory, fuel, time). */
  LIMIT: 3,
  /** The sandbox itself failed (missing artifact, crashed VM). */
  INTERNAL: 4,
} as const;
