export * from "./analysetool";
export * from "./auth";
export * from "./benchmark";
export * from "./gemeenten";
export * from "./rapporten";
export * from "./rondes";
export * from "./scans";
export * from "./system";
