import { Agency, correctionResolvers } from "@ipr/shared";
import { CaseCluster, CaseClusterMember } from "../entities/case-cluster";
import { CriminalCase } from "../entities/criminal-case";
import { Person } from "../entities/person";
import { checkCorrectedCriminalCase } from "../criminal-case-checks";
import { checkCorrectedCluster } from "../cluster-checks";
import { CorrectCaseClusterInput, CorrectCriminalCaseInput } from "../schema/inputs";

/**
 * correctCriminalCase, withdrawCriminalCase, CriminalCase.history and criminalCaseHistory: POLICE
 * only, inside its region, every filing check again. The procuratorate (arrest reviews,
 * prosecutions, filing supervisions), linkage (a referral decided FILED with the case) and the
 * office (a major-case report about it; the registry's, as for every case record) are asked first; so are the police's own live clusters, which rely on the case's region. The suspects are
 * filed with the case and leave with it; their region follows the case's.
 */
export const CriminalCaseCorrections = correctionResolvers({
  typename: "CriminalCase",
  entity: CriminalCase,
  owner: Agency.POLICE,
  input: CorrectCriminalCaseInput,
  check: (ctx, corrected, row) => checkCorrectedCriminalCase(ctx, corrected as never, row),
  dependents: ["procuratorate", "linkage"],
  ownDependents: async (ctx, row) =>
    (await ctx.em.find(CaseClusterMember, { criminalCase: row.id, cluster: { withdrawnAt: null } }, { populate: ["cluster"], orderBy: { id: "asc" } })).map((m) => ({
      type: "CaseCluster", id: m.cluster.id, subgraph: "police", region: m.cluster.leadRegion, relies: ["region"],
    })),
  alsoWrite: async (em, row, changes) => {
    if (changes.region) await em.nativeUpdate(Person, { criminalCase: row.id }, { region: row.region });
  },
});

/** correctCaseCluster, withdrawCaseCluster and their history: the lead region's police; the member cases stay as they are. */
export const CaseClusterCorrections = correctionResolvers({
  typename: "CaseCluster",
  entity: CaseCluster,
  owner: Agency.POLICE,
  input: CorrectCaseClusterInput,
  region: (c) => c.leadRegion,
  check: (ctx, corrected) => checkCorrectedCluster(ctx, corrected as never),
});
