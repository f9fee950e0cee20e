import { z } from "zod";
import { TaskOrigin } from "../model/task.js";

/**
 * Which task origins a rule looks at. Duties under "TỔ CHỨC THỰC HIỆN" are standing,
 * distributive assignments ("Các đơn vị trực thuộc: …" means each unit, for itself) and
 * rarely carry a deadline, so several rules skip them unless configured otherwise.
 */
export const originsOption = (defaults: Array<z.infer<typeof TaskOrigin>>) =>
  z.array(TaskOrigin).default(defaults).describe("Task origins checked: table, list, duties");
