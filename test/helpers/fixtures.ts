import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractFile } from "../../src/api.js";
import type { PlanFile } from "../../src/model/plan-file.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const PLANS = "fixtures/plans";

/** The seed fixtures by a short name. */
export const SEED = {
  dangUy: `${PLANS}/dang-uy-syt-lai-chau-kh-104-kinh-te-nha-nuoc.txt`,
  quangNgai: `${PLANS}/syt-quang-ngai-kh-chuong-trinh-hanh-dong-2021.txt`,
  phuLuc: `${PLANS}/syt-phu-luc-cai-cach-hanh-chinh-2026.txt`,
  thuanAn: `${PLANS}/ttyt-thuan-an-bc-660-va-kh-6757.txt`,
  laiChau: `${PLANS}/syt-lai-chau-kh-cai-cach-hanh-chinh-2026-2030.txt`,
} as const;

export function planFiles(dir = PLANS): string[] {
  return readdirSync(`${ROOT}/${dir}`)
    .filter((f) => /\.(txt|md|docx|pdf)$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** Extracts a fixture by repository-relative path (paths in the output stay relative). */
export async function extractFixture(path: string): Promise<PlanFile> {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const r = await extractFile(path);
    if (!r.ok) throw new Error(`${path}: ${r.reason}`);
    return r.planFile;
  } finally {
    process.chdir(cwd);
  }
}
