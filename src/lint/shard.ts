/**
 * --shard i/n: CI splits a large repository across n runners of its own matrix. Files are
 * assigned by a hash of their path (relative to the working folder, with "/"), so every
 * runner computes the same split without talking to the others, each file lands in exactly
 * one shard, and adding a file moves no other file.
 */
import { createHash } from "node:crypto";
import { relative, resolve } from "node:path";
import { UserError } from "../io/errors.js";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UserError({
      vi: `--shard «${text}» không hợp lệ: cần dạng i/n với 1 ≤ i ≤ n (ví dụ 2/4)`,
      en: `--shard "${text}" is not valid: expected i/n with 1 ≤ i ≤ n (e.g. 2/4)`,
    });
  }
  return { index, count };
}

/** 1-based shard of a file. */
export function shardOf(file: string, count: number, cwd = process.cwd()): number {
  const key = relative(cwd, resolve(cwd, file)).split("\\").join("/");
  const h = createHash("sha1").update(key).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function inShard(file: string, shard: Shard, cwd = process.cwd()): boolean {
  return shardOf(file, shard.count, cwd) === shard.index;
}
