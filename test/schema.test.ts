import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configJsonSchema } from "../src/config/json-schema.js";
import { checkResultJsonSchema, planFileJsonSchema, taskExportJsonSchema } from "../src/model/json-schema.js";
import { ROOT } from "./helpers/fixtures.js";

describe("committed JSON Schemas are current (run `npm run docs`)", () => {
  it.each([
    ["plan-file.schema.json", planFileJsonSchema],
    ["check-result.schema.json", checkResultJsonSchema],
    ["config.schema.json", configJsonSchema],
    ["task-export.schema.json", taskExportJsonSchema],
  ])("%s", (file, generate) => {
    const committed = JSON.parse(readFileSync(`${ROOT}/schemas/${file}`, "utf8"));
    expect(committed).toEqual(generate());
  });
});
