// Operator-facing failures: one clear line and a non-zero exit, never a stack dump.
export class UserFacingError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "UserFacingError";
  }
}

/** Runs a CLI's main function, printing expected failures as one line. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof UserFacingError) {
        console.error(`dateline: ${error.message}`);
        process.exit(error.exitCode);
      }
      console.error(error);
      process.exit(1);
    },
  );
}
