/**
 * The worker's side of a parse task: what is done with a response body big enough to freeze a page
 * (a 10,000-item inventory is megabytes of JSON). Each provider owns its tasks; parsing/ only runs them.
 */
export interface ParseTask<Result, Early = never, Packed = Result> {
  /** Validates the parsed body and turns it into what the query returns; throws an AppError when it does not fit. */
  parse(body: unknown, retryAfterSeconds: number | undefined): Result;
  /** Read before validating, for the page to start what the result will need while the worker is busy: cheap, and never throws. */
  earlyRead?(body: unknown): Early;
  /** How the result crosses to the page when a structured clone of it would hold the page up. */
  pack?(result: Result): Packed;
}

/** The page's side of a parse task: where it runs and how its result comes back. */
export interface ParseTaskHandle<Result, Early = never, Packed = Result> {
  /** Starts a worker serving this task (see serve-parse-task.ts); written by the provider, where Vite sees the URL. */
  startWorker(): Worker;
  /** The task itself, for the page where workers are unavailable: loaded only then, so the parsers do not ship twice. */
  loadInPage(): Promise<ParseTask<Result, Early, Packed>>;
  /** Undoes the task's `pack`. */
  unpack?(packed: Packed): Result;
}
