import { z } from "zod";
import { unitKey } from "../vocab/units.js";
import type { Location } from "../model/location.js";
import { defineRule } from "./types.js";

interface Mention {
  name: string;
  documentIndex: number;
  location: Location;
  path: (string | number)[];
}

export default defineRule({
  meta: {
    id: "inconsistent-unit-name",
    type: "suggestion",
    scope: "file",
    recommended: "info",
    docs: {
      description: {
        vi: "Một đơn vị được viết thống nhất một cách (Đảng ủy/Đảng uỷ, BGD/BGĐ)",
        en: "One unit, one spelling (Đảng ủy/Đảng uỷ, BGD/BGĐ)",
      },
    },
    options: z.object({ ignoreCase: z.boolean().default(true).describe("Do not report names that differ only in capitals") }).strict(),
    messages: {
      variants: {
        vi: "Cùng một đơn vị được viết theo {{count}} cách: {{names}}; nên thống nhất một cách viết.",
        en: "One unit is spelt {{count}} ways: {{names}}; use one spelling.",
      },
    },
  },
  checkFile(planFile, ctx) {
    const mentions: Mention[] = [];
    planFile.documents.forEach((doc, d) => {
      doc.tasks.forEach((t, k) => {
        const add = (names: string[], field: "lead" | "executors" | "coordinators" | "responsiblePerson") =>
          names.forEach((name) => mentions.push({ name, documentIndex: d, location: t.fieldLocations?.[field] ?? t.location, path: ["documents", d, "tasks", k, field] }));
        add(t.lead, "lead");
        add(t.executors, "executors");
        add(t.coordinators, "coordinators");
        if (t.responsiblePerson) add(t.responsiblePerson.split(/\s*;\s*/u), "responsiblePerson");
      });
      const loc = doc.fieldLocations.recipients ?? doc.location;
      doc.recipients.forEach((name, k) => mentions.push({ name: name.replace(/\s*\(.*\)$/u, ""), documentIndex: d, location: loc, path: ["documents", d, "recipients", k] }));
    });
    const groups = new Map<string, Mention[]>();
    for (const m of mentions) {
      const k = unitKey(m.name);
      if (k !== "") groups.set(k, [...(groups.get(k) ?? []), m]);
    }
    const spelling = (s: string) => {
      const t = s.normalize("NFC").replace(/\s+/g, " ").trim();
      return ctx.options.ignoreCase ? t.toLowerCase() : t;
    };
    for (const group of groups.values()) {
      const forms = new Map<string, Mention[]>();
      for (const m of group) forms.set(spelling(m.name), [...(forms.get(spelling(m.name)) ?? []), m]);
      if (forms.size < 2) continue;
      const ranked = [...forms.values()].sort((a, b) => b.length - a.length);
      const minority = ranked[ranked.length - 1]![0]!;
      const names = ranked.map((ms) => `«${ms[0]!.name}» (${ms.length}×)`).join(", ");
      ctx.report({ messageId: "variants", data: { count: forms.size, names }, documentIndex: minority.documentIndex, path: minority.path, location: minority.location });
    }
  },
});
