import type { Dataset } from "../model";
import { adminCases } from "./admin-cases";
import { arrestReviews } from "./arrest-reviews";
import { complaints } from "./complaints";
import { courtCases } from "./court-cases";
import { criminalCases } from "./criminal-cases";
import { monthly } from "./monthly";
import { prosecutions } from "./prosecutions";
import { referrals } from "./referrals";
import { suspects } from "./suspects";
import { withdrawals } from "./withdrawals";

/** Every dataset under /feeds, in the order `GET /feeds` lists them. */
export const DATASETS: readonly Dataset[] = [adminCases, referrals, criminalCases, suspects, arrestReviews, prosecutions, courtCases, complaints, monthly, withdrawals];
