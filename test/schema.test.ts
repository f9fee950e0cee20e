import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planFileJsonSchema } from "../src/model/json-schema.js";
import { ROOT } from "./helpers/fixtures.js";

describe("committed JSON Schemas", () => {
  it("schemas/plan-file.schema.json is current (run `npm run build && npm run schemas`)", () => {
    const committed = JSON.parse(readFileSync(`${ROOT}/schemas/plan-file.schema.json`, "utf8"));
    expect(committed).toEqual(planFileJsonSchema());
  });
});
