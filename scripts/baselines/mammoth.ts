/**
 * mammoth (1.13) as a baseline for DOCX tables: its document tree (transformDocument)
 * gives rows, cells, colSpan and rowSpan; the grid is expanded the HTML way (a cell merged
 * down is left out of the rows below). Used by `npm run eval -- --baselines` to keep the
 * measurement behind docs/decisions.md repeatable.
 */
import mammoth from "mammoth";

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  colSpan?: number;
  rowSpan?: number;
}

function text(n: Node): string {
  if (n.type === "text") return n.value ?? "";
  if (n.type === "paragraph") return (n.children ?? []).map(text).join("") + "\n";
  if (n.type === "break") return "\n";
  return (n.children ?? []).map(text).join("");
}

export async function mammothTables(buffer: Buffer): Promise<string[][][]> {
  const tables: Node[] = [];
  const visit = (n: Node) => {
    if (n.type === "table") tables.push(n);
    else for (const c of n.children ?? []) visit(c);
  };
  await mammoth.convertToHtml({ buffer }, {
    transformDocument: (doc: Node) => {
      visit(doc);
      return doc;
    },
  } as unknown as Parameters<typeof mammoth.convertToHtml>[1]);
  return tables.map((t) => {
    const rows = (t.children ?? []).filter((r) => r.type === "tableRow");
    const grid: string[][] = rows.map(() => []);
    rows.forEach((row, r) => {
      let c = 0;
      for (const cell of (row.children ?? []).filter((x) => x.type === "tableCell")) {
        while (grid[r]![c] !== undefined) c++;
        const value = text(cell).trim();
        for (let dr = 0; dr < (cell.rowSpan ?? 1) && r + dr < rows.length; dr++)
          for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) grid[r + dr]![c + dc] = value;
        c += cell.colSpan ?? 1;
      }
    });
    return grid.map((row) => Array.from(row, (x) => x ?? ""));
  });
}
