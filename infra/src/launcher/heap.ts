/**
 * The gateway's heap cap, given by the launcher (`npm start`), the deployment files and the bench.
 * Without it V8 lets the old generation grow towards a quarter of the machine's memory before
 * collecting hard, so 50 concurrent nested traces took the gateway to 420-470 MB of RSS although
 * what it keeps alive is far less; 192 MB of old space makes it collect sooner, at no cost in
 * throughput measured by `npm run bench`.
 */
export const GATEWAY_NODE_OPTIONS: string[] = ["--max-old-space-size=192"];

/** NODE_OPTIONS for the gateway: the cap, after whatever the operator already set. */
export const gatewayNodeOptions = (existing = process.env.NODE_OPTIONS): string => [existing, ...GATEWAY_NODE_OPTIONS].filter(Boolean).join(" ");
