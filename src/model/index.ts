export * from "./location.js";
export * from "./deadline.js";
export * from "./citation.js";
export * from "./task.js";
export * from "./document.js";
export * from "./diagnostic.js";
export * from "./plan-file.js";
export * from "./finding.js";
