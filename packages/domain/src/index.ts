// The shared vocabulary of the server and the web: enums, partial dates, the outcome rule and labels. Pure: no I/O.
export * from "./enums";
export * from "./partial-date";
export * from "./outcome";
export * from "./labels";
export * from "./format";
export * from "./states";
export * from "./site-routes";
export * from "./fips";
export * from "./file-names";
