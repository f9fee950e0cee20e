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

export function loadPdfjs(): Promise<PdfjsModule> {
  loaded ??= import("pdfjs-dist/legacy/build/pdf.mjs") as unknown as Promise<PdfjsModule>;
  return loaded;
}
