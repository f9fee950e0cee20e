import { createRequire } from "node:module";

/**
 * The slice of pdfjs-dist this project uses, typed narrowly, and its lazy loader: the
 * legacy build (the modern one fails getOperatorList on Node 20), imported only when a
 * PDF arrives so `plan-lint --version` and text runs never pay for it.
 */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

export interface PdfPage {
  rotate: number;
  getViewport(p: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(p?: { disableNormalization?: boolean }): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): boolean;
}

export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

export interface PdfjsModule {
  OPS: Record<string, number>;
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

let loaded: Promise<PdfjsModule> | null = null;

/**
 * The legacy build bundles core-js, which on Node 20 replaces the engine's own
 * Array.prototype.push and JSON.parse with JavaScript versions (its feature tests trip
 * on edge cases no caller here meets) — for the whole process, making every push and
 * every parse after the first PDF several times slower. The worker module (which pdf.js
 * would import itself on the first document) is loaded here too, and the originals put
 * back once both are in.
 */
async function importPdfjs(): Promise<PdfjsModule> {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, "push")!;
  const parse = Object.getOwnPropertyDescriptor(JSON, "parse")!;
  const { log, warn } = console;
  // pdf.js writes warnings to the console while it loads (e.g. when the optional
  // @napi-rs/canvas is not installed); a user has nothing to do about them.
  console.log = console.warn = () => undefined;
  if (!canvasInstalled()) stubCanvasGlobals();
  try {
    const pdfjs = (await import("pdfjs-dist/legacy/build/pdf.mjs")) as unknown as PdfjsModule;
    // pdf.js runs its "fake worker" in this thread from globalThis.pdfjsWorker when set.
    const worker: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = (await import(worker)) as unknown;
    return pdfjs;
  } finally {
    console.log = log;
    console.warn = warn;
    Object.defineProperty(Array.prototype, "push", push);
    Object.defineProperty(JSON, "parse", parse);
  }
}

function canvasInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve("@napi-rs/canvas");
    return true;
  } catch {
    return false;
  }
}

/**
 * Without @napi-rs/canvas (an optional dependency of pdfjs-dist: `npm ci --omit=optional`,
 * or a platform with no prebuilt binary) pdf.js fails at load on `new DOMMatrix()`.
 * Nothing here renders, so inert stand-ins are enough for text and operator lists.
 */
function stubCanvasGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  class Matrix {
    a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
    multiplySelf(): this { return this; }
    preMultiplySelf(): this { return this; }
    translate(): this { return this; }
    scale(): this { return this; }
    invertSelf(): this { return this; }
  }
  g.DOMMatrix ??= Matrix;
  g.ImageData ??= class {};
  g.Path2D ??= class {};
}

export function loadPdfjs(): Promise<PdfjsModule> {
  loaded ??= importPdfjs();
  return loaded;
}
