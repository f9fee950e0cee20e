import { statSync, watch, type FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
import { UserError } from "../io/errors.js";
import { expandPaths, PLAN_EXTENSIONS } from "../io/walk.js";
import type { Lang } from "../rules/types.js";

const TEXT = {
  vi: {
    watching: (n: number) => `plan-lint: đang theo dõi ${n} tệp — lưu tệp để kiểm tra lại, nhấn Ctrl+C để thoát.`,
    again: (time: string, files: string) => `plan-lint: ${time} — ${files} đã thay đổi, kiểm tra lại…`,
    stopped: "plan-lint: đã dừng theo dõi.",
    cannot: (p: string, reason: string) => `không theo dõi được ${p}: ${reason}`,
  },
  en: {
    watching: (n: number) => `plan-lint: watching ${n} file${n === 1 ? "" : "s"} — save to check again, Ctrl+C to stop.`,
    again: (time: string, files: string) => `plan-lint: ${time} — ${files} changed, checking again…`,
    stopped: "plan-lint: stopped watching.",
    cannot: (p: string, reason: string) => `cannot watch ${p}: ${reason}`,
  },
};

/** Files that are an editor's companions, never plans: Word's "~$plan.docx" lock file, dot files, "plan.txt~". */
const isScratch = (name: string) => name.startsWith("~$") || name.startsWith(".") || name.endsWith("~");

/** What tells a saved file from one that was only read (a read may fire an atime event). */
async function signature(paths: string[]): Promise<string> {
  const { files } = await expandPaths(paths);
  const parts = await Promise.all(
    files.map(async (f) => {
      try {
        const s = await stat(f);
        return `${f}:${s.ino}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${f}:missing`;
      }
    }),
  );
  return parts.join("|");
}

/**
 * Watches the folder of each file, not the file itself: Word and many editors save by writing a
 * temporary file and renaming it over the original, which ends a watcher attached to the old
 * file. Folders given on the command line are watched recursively for plan files.
 */
function startWatchers(paths: string[], onEvent: (name: string) => void, lang: Lang): FSWatcher[] {
  const watchers: FSWatcher[] = [];
  const byDir = new Map<string, Set<string> | null>(); // null: any plan file in the folder
  for (const p of paths) {
    const abs = resolve(p);
    if (isDirectory(abs)) byDir.set(abs, null);
    else {
      const dir = dirname(abs);
      const set = byDir.get(dir);
      if (set === null) continue;
      byDir.set(dir, new Set([...(set ?? []), basename(abs)]));
    }
  }
  for (const [dir, names] of byDir) {
    try {
      const w = watch(dir, { recursive: names === null, persistent: true }, (_event, filename) => {
        const name = filename ? basename(filename.toString()) : null;
        if (name === null) return onEvent("?");
        if (isScratch(name)) return;
        if (names ? names.has(name) : PLAN_EXTENSIONS.has(extname(name).toLowerCase())) onEvent(name);
      });
      w.on("error", () => undefined); // a folder removed while watched: keep the others going
      watchers.push(w);
    } catch (e) {
      for (const w of watchers) w.close();
      const reason = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new UserError({ vi: TEXT.vi.cannot(dir, reason), en: TEXT.en.cannot(dir, reason) });
    }
  }
  return watchers;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false; // a file not there yet: its folder is watched until it appears
  }
}

/**
 * `check --watch`: after the first report, checks again whenever a watched file is saved
 * (events debounced, so one save that fires several events gives one report) and prints the
 * new report. Runs never overlap. Ctrl+C (SIGINT) or SIGTERM stops watching and exits 0.
 */
export async function watchAndRecheck(paths: string[], recheck: () => Promise<void>, lang: Lang, debounceMs = 250): Promise<number> {
  const t = TEXT[lang];
  let last = await signature(paths);
  const count = (await expandPaths(paths)).files.length || paths.length;
  process.stderr.write(t.watching(count) + "\n");

  return new Promise<number>((done) => {
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let pending = false;
    const changed = new Set<string>();

    const run = async () => {
      if (running) {
        pending = true;
        return;
      }
      running = true;
      const now = await signature(paths);
      if (now !== last) {
        last = now;
        if (process.stdout.isTTY) process.stdout.write("\u001B[2J\u001B[H"); // a fresh screen per report
        const time = new Date().toLocaleTimeString(lang === "vi" ? "vi-VN" : "en-GB", { hour12: false });
        process.stderr.write(t.again(time, [...changed].join(", ")) + "\n");
        try {
          await recheck();
        } catch (e) {
          // A problem the user can fix (an output that became an input, say) must not end the watch.
          process.stderr.write(`plan-lint: ${e instanceof Error ? e.message : String(e)}\n`);
        }
        process.stderr.write(t.watching(count) + "\n");
      }
      changed.clear();
      running = false;
      if (pending) {
        pending = false;
        void run();
      }
    };

    const watchers = startWatchers(
      paths,
      (name) => {
        changed.add(name);
        clearTimeout(timer);
        timer = setTimeout(() => void run(), debounceMs);
      },
      lang,
    );

    const stop = () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      process.stderr.write(t.stopped + "\n");
      done(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
