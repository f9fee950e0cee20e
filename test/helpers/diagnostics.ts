import { extractBytes } from "../../src/api.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import type { PlanFile } from "../../src/model/plan-file.js";
import { planWithTable } from "./rule-tester.js";

const BASE = planWithTable([["1", "Xây dựng kế hoạch chuyển đổi số", "Văn phòng Sở", "Các phòng chuyên môn", "Quý II/2026"]]);

/**
 * A real PlanFile (a small plan run through ingest + extract) carrying the given diagnostics,
 * for the rules that report what ingest or extraction noticed (formats whose ingesters produce
 * them are not all in the text pipeline).
 */
export async function planFileWith(diagnostics: Diagnostic[], path = "case.pdf"): Promise<PlanFile> {
  const pf = await extractBytes(new TextEncoder().encode(BASE), path);
  return { ...pf, diagnostics };
}

/** Vietnamese text as Windows-1258 bytes (tone marks as combining characters), as old Word exports save it. */
export function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1258");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  // Precomposed letters cp1258 has (â, ê, ô, ơ, ư, đ …) stay whole; only the tone is split off.
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const whole = table.get(ch);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    // "ự" = u + horn + dot below: "ư" is one byte, the dot below a combining one.
    const [base, ...marks] = [...ch.normalize("NFD")];
    let head = base!;
    const rest: string[] = [];
    for (const m of marks) {
      const joined = (head + m).normalize("NFC");
      if (table.has(joined)) head = joined;
      else rest.push(m);
    }
    for (const c of [head, ...rest]) {
      const b = table.get(c);
      if (b === undefined) throw new Error(`not encodable in windows-1258: ${JSON.stringify(c)}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}
