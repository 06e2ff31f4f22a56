export * from "./auth";
export * from "./gemeenten";
export * from "./scans";
export * from "./analysetool";
export * from "./rapporten";
export * from "./system";
