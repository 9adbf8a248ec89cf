/** Node options the launcher gives the gateway process. */
export const GATEWAY_NODE_OPTIONS: string[] = [];
