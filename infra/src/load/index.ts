export { runLoad, type LoadReport } from "./run";
export { startOwnPlatform, type OwnPlatform } from "./platform";
export { parseFault, checkLoopback, type Fault, type LoadOptions } from "./options";
export { formatReport } from "./report";
