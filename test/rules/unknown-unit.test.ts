import { describe, expect, it } from "vitest";
import { resolveFileSettings } from "../../src/config/resolve.js";
import type { LoadedConfig } from "../../src/config/load.js";
import rule from "../../src/rules/unknown-unit.js";
import { planWithTable, ruleTester } from "../helpers/rule-tester.js";

const UNITS = {
  units: [
    { name: "Văn phòng Sở", aliases: ["VP Sở"] },
    { name: "Phòng Tổ chức cán bộ", aliases: ["Phòng TCCB", "Tổ chức cán bộ"] },
    { name: "Thanh tra Sở", aliases: [] },
    { name: "Đảng ủy Sở Y tế", aliases: [] },
  ],
};

ruleTester(rule, {
  valid: [
    {
      name: "no unit list configured: the rule has nothing to compare with",
      text: planWithTable([["1", "Rà soát thủ tục hành chính", "Phòng Hành chính tổng hợp", "Ban Quản lý dự án", "Quý II/2026"]]),
    },
    {
      name: "names and aliases from the list",
      settings: UNITS,
      text: planWithTable([
        ["1", "Rà soát thủ tục hành chính", "Văn phòng Sở", "Phòng TCCB; Thanh tra Sở", "Quý II/2026"],
        ["2", "Tập huấn kỹ năng số", "VP Sở", "Tổ chức cán bộ", "Quý III/2026"],
      ]),
    },
    {
      name: "another tone placement or capitalisation of a listed name (Đảng uỷ / Văn Phòng)",
      settings: UNITS,
      text: planWithTable([["1", "Quán triệt Nghị quyết đến đảng viên", "Đảng uỷ Sở Y tế", "Văn Phòng Sở", "Quý II/2026"]]),
    },
    {
      name: "collective names («Các phòng chuyên môn») are not unit names",
      settings: UNITS,
      text: planWithTable([["1", "Rà soát thủ tục hành chính", "Văn phòng Sở", "Các phòng chuyên môn; các đơn vị có liên quan", "Quý II/2026"]]),
    },
  ],
  invalid: [
    {
      name: "a lead and a coordinator missing from the list",
      settings: UNITS,
      text: planWithTable([
        ["1", "Rà soát thủ tục hành chính", "Văn phòng Sở", "", "Quý II/2026"],
        ["2", "Quyết toán kinh phí", "Phòng Kế hoạch tài chính", "Kho bạc Nhà nước tỉnh", "Quý IV/2026"],
      ]),
      errors: [
        { messageId: "unknown", taskId: "2", line: 13, message: "«Phòng Kế hoạch tài chính» không có trong danh mục đơn vị" },
        { messageId: "unknown", taskId: "2", message: "«Kho bạc Nhà nước tỉnh»" },
      ],
    },
    {
      name: "a likely typo gets a suggestion",
      settings: UNITS,
      text: planWithTable([["1", "Kiểm tra công vụ", "Thanh tra So", "Phòng Tổ chức cán bô", "Quý II/2026"]]),
      errors: [
        { messageId: "unknownNear", taskId: "1", message: "«Thanh tra So» không có trong danh mục đơn vị — có phải «Thanh tra Sở»?" },
        { messageId: "unknownNear", taskId: "1", message: "có phải «Phòng Tổ chức cán bộ»?" },
      ],
    },
    {
      name: "English message",
      lang: "en",
      settings: UNITS,
      text: planWithTable([["1", "Quyết toán kinh phí", "Phòng Kế hoạch tài chính", "", "Quý IV/2026"]]),
      errors: [{ messageId: "unknown", taskId: "1", message: "Task 1: «Phòng Kế hoạch tài chính» is not in the unit list" }],
    },
  ],
});

describe("unknown-unit is switched on by a unit list", () => {
  const config = (units: string[]): LoadedConfig => ({ path: "/tmp/plan-lint.config.yaml", dir: "/tmp", data: { units }, bases: [] });
  const active = (c: LoadedConfig | null) => resolveFileSettings(c, "/tmp/plan.txt").rules.find((r) => r.rule === rule);
  it("is off without units and a warning once the config lists some", () => {
    expect(active(null)).toBeUndefined();
    expect(active(config(["Văn phòng Sở"]))?.severity).toBe("warning");
  });
});
