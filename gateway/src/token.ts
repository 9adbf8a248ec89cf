import { parseArgs } from "node:util";
import { configFromEnv } from "./config";
import { issueToken } from "./auth";

/** `npm run token -- --agency SAIC --region 440000 [--sub name] [--roles a,b] [--expires 8h]` prints a token. */
const { values } = parseArgs({
  options: {
    agency: { type: "string", default: "OFFICE" },
    region: { type: "string", default: "000000" },
    sub: { type: "string" },
    roles: { type: "string" },
    expires: { type: "string", default: "8h" },
  },
});
const config = configFromEnv({ ...process.env, SUPERGRAPH_PATH: "/dev/null" });
issueToken(
  {
    agency: values.agency!.toUpperCase(),
    region: values.region!,
    sub: values.sub,
    roles: values.roles?.split(",").filter(Boolean),
    expiresIn: values.expires,
    // when the gateway checks them (JWT_ISSUER / JWT_AUDIENCE), development tokens carry them
    issuer: config.auth?.issuer?.[0],
    audience: config.auth?.audience?.[0],
  },
  new TextEncoder().encode(config.jwtSecret),
).then(
  (token) => console.log(token),
  (error) => {
    console.error(`token: ${(error as Error).message}`);
    process.exit(2);
  },
);
