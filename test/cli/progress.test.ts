import { describe, expect, it } from "vitest";
import { createProgress, renderBar } from "../../src/cli/progress.js";

function fakeStream(isTTY: boolean) {
  const out: string[] = [];
  return { stream: { isTTY, write: (s: string) => out.push(s) }, out };
}

describe("progress bar", () => {
  it("renders done/total and the elapsed time in the message language", () => {
    expect(renderBar(5, 20, 1.25, "vi")).toBe("plan-lint ▕██████░░░░░░░░░░░░░░░░░░▏ 5/20 tệp · 1,3 s");
    expect(renderBar(20, 20, 2, "en")).toBe("plan-lint ▕████████████████████████▏ 20/20 files · 2.0 s");
  });

  it("stays silent when stderr is not a terminal, in CI, and during the first half second", () => {
    let t = 0;
    const clock = () => t;
    const piped = fakeStream(false);
    const p1 = createProgress(piped.stream, "vi", {}, clock);
    t = 5000;
    p1.update(1, 2);
    p1.end();
    expect(piped.out).toEqual([]);

    const ci = fakeStream(true);
    const p2 = createProgress(ci.stream, "vi", { CI: "true" }, clock);
    p2.update(1, 2);
    expect(ci.out).toEqual([]);

    t = 0;
    const tty = fakeStream(true);
    const p3 = createProgress(tty.stream, "en", {}, clock);
    t = 100;
    p3.update(1, 10);
    expect(tty.out).toEqual([]);
    t = 600;
    p3.update(2, 10);
    t = 650;
    p3.update(3, 10); // within the redraw interval: skipped
    t = 800;
    p3.update(10, 10);
    p3.end();
    expect(tty.out).toHaveLength(3);
    expect(tty.out[0]).toMatch(/^\rplan-lint ▕.*▏ 2\/10 files · 0\.6 s\x1b\[K$/);
    expect(tty.out[2]).toBe("\r\x1b[K");
  });
});
