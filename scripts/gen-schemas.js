#!/usr/bin/env node
// Regenerates schemas/*.json from the zod model (run after `npm run build`).
import { writeFileSync, mkdirSync } from "node:fs";
import { planFileJsonSchema } from "../dist/model/json-schema.js";

mkdirSync(new URL("../schemas/", import.meta.url), { recursive: true });
const write = (name, schema) => writeFileSync(new URL(`../schemas/${name}`, import.meta.url), JSON.stringify(schema, null, 2) + "\n");
write("plan-file.schema.json", planFileJsonSchema());
console.log("schemas/ regenerated");
