/**
 * The kit's part of the demo-data generator (`@ipr/shared/demo`): the world, random streams, dates,
 * names, places, the enterprise register, the schedule and the steps agencies lend each other. Each
 * agency's own part is `subgraphs/<agency>/src/demo/`; a subgraph loads none of this unless seeding.
 */
export * from "./amendments";
export * from "./dates";
export * from "./enterprises";
export * from "./figures";
export * from "./generator";
export * from "./names";
export * from "./outcomes";
export * from "./places";
export * from "./random";
export * from "./schedule";
export * from "./steps";
export * from "./world";
