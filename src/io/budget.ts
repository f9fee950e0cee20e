/**
 * A per-file time budget. Ingest and extraction are synchronous, so a timer cannot stop
 * them; instead they call `check()` at loop boundaries (every few thousand lines, every
 * document), which throws once the budget is spent. Every step between two checks is
 * linear in its input, so a file stops within a small multiple of the budget.
 */
export class BudgetExceededError extends Error {
  constructor(readonly limitMs: number) {
    super(`time budget of ${limitMs} ms exceeded`);
    this.name = "BudgetExceededError";
  }
}

export class Budget {
  private readonly deadline: number;

  /** `ms` ≤ 0 or Infinity: no limit. */
  constructor(readonly ms: number) {
    this.deadline = ms > 0 && Number.isFinite(ms) ? performance.now() + ms : Infinity;
  }

  /** Milliseconds left (Infinity without a limit). */
  remaining(): number {
    return this.deadline - performance.now();
  }

  check(): void {
    if (performance.now() > this.deadline) throw new BudgetExceededError(this.ms);
  }
}
