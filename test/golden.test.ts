import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PlanFile } from "../src/model/plan-file.js";
import { extractFixture, planFiles, ROOT } from "./helpers/fixtures.js";

/**
 * fixtures/expected/<name>.yaml hold extractions checked by hand against the source text
 * (see docs/fixtures.md). A change in extraction shows up here as a diff to review.
 */
describe("golden extraction", () => {
  for (const file of planFiles()) {
    const name = basename(file, extname(file));
    const expectedPath = `${ROOT}/fixtures/expected/${name}.yaml`;
    it.skipIf(!existsSync(expectedPath))(name, async () => {
      const actual = await extractFixture(file);
      expect(() => PlanFile.parse(actual)).not.toThrow();
      expect(JSON.parse(JSON.stringify(actual))).toEqual(parse(readFileSync(expectedPath, "utf8")));
    });
  }
});
