export { knownOperationLabel } from "./known-operations";
export { observedDataSource } from "./data-source";
