import type { DemoGenerator } from "@ipr/shared/demo";
import { amendReferrals } from "./amendments";
import { generateChain } from "./chain";

/**
 * Linkage's part of the demo set, and the chain it drives once every admin case is drawn: referrals,
 * evidence and clues of its own, the police's, the procuratorate's and the courts' rows through their steps.
 */
export const demo: DemoGenerator = { stage: "chain", generate: generateChain, amend: amendReferrals };
