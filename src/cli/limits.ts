import { UserError } from "../io/errors.js";

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "100MB", "5m", "512k", "1048576" → bytes (binary multiples: 1 MB = 1024² bytes). */
export function parseSize(text: string, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) {
    throw new UserError({ vi: `${flag}: «${text}» không phải một dung lượng (ví dụ 100MB, 512KB, 2GB)`, en: `${flag}: "${text}" is not a size (use e.g. 100MB, 512KB, 2GB)` }, "usage");
  }
  return Math.floor(Number(m[1]) * unit);
}

const TIME_UNITS: Record<string, number> = { "": 1000, ms: 1, s: 1000, m: 60_000, min: 60_000 };

/** "30s", "500ms", "2m", "45" (seconds), "0" (no limit) → milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m ? TIME_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) {
    throw new UserError({ vi: `${flag}: «${text}» không phải một khoảng thời gian (ví dụ 30s, 500ms, 2m; 0 = không giới hạn)`, en: `${flag}: "${text}" is not a duration (use e.g. 30s, 500ms, 2m; 0 = no limit)` }, "usage");
  }
  return Math.round(Number(m[1]) * unit);
}
