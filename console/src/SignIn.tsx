import { useEffect, useState } from "react";
import { confirmSession, consoleSettings, issueDevToken, type ConsoleSettings, type Session } from "./api";
import { useT } from "./i18n";
import { TokenProblem, readClaims, type Claims } from "./session";

export interface SignedIn {
  token: string;
  claims: Claims;
  session: Session;
}

/** Paste a token (or, in development, issue one); the gateway confirms it before the console opens. */
export function SignIn({ notice, onSignedIn }: { notice: string | null; onSignedIn: (s: SignedIn) => void }) {
  const t = useT();
  const [token, setToken] = useState("");
  const [problem, setProblem] = useState<string | null>(notice);
  const [busy, setBusy] = useState(false);
  const [settings, setSettings] = useState<ConsoleSettings | null>(null);
  const [agency, setAgency] = useState("OFFICE");
  const [region, setRegion] = useState("000000");

  useEffect(() => {
    consoleSettings().then(setSettings, () => setSettings(null));
  }, []);
  useEffect(() => setProblem(notice), [notice]);

  async function signIn(candidate: string) {
    setProblem(null);
    let claims: Claims;
    try {
      claims = readClaims(candidate);
    } catch (e) {
      const reason = e instanceof TokenProblem ? e.reason : "malformed";
      return setProblem(`${t(reason)} (${(e as Error).message})`);
    }
    setBusy(true);
    try {
      const { session, error } = await confirmSession(candidate);
      if (!session) return setProblem(`${t("refusedByGateway")}: ${error?.extensions?.code ?? "UNAUTHENTICATED"}: ${error?.message ?? ""}`);
      onSignedIn({ token: candidate.trim(), claims, session });
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="signin">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void signIn(token);
        }}
      >
        <h2>{t("signIn")}</h2>
        <label htmlFor="token">{t("pasteToken")}</label>
        <textarea id="token" rows={6} spellCheck={false} autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} placeholder="eyJhbGciOiJIUzI1NiIs…" />
        <p className="muted">{t("tokenHint")}</p>
        {problem ? (
          <p id="signin-problem" className="error-box" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" id="signin-submit" disabled={busy || !token.trim()}>
          {t("signIn")}
        </button>
      </form>
      {settings?.devTokens ? (
        <form
          className="dev-token"
          id="dev-token"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              setToken(await issueDevToken(agency, region));
            } catch (err) {
              setProblem((err as Error).message);
            }
          }}
        >
          <h3>{t("devToken")}</h3>
          <p className="muted">{t("devTokenHint")}</p>
          <label>
            {t("agency")}
            <select value={agency} onChange={(e) => setAgency(e.target.value)}>
              {settings.agencies.map((a) => (
                <option key={a.agency} value={a.agency}>
                  {a.agency} {a.department}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("region")}
            <input value={region} onChange={(e) => setRegion(e.target.value)} pattern="\d{6}" maxLength={6} />
          </label>
          <button type="submit">{t("issue")}</button>
        </form>
      ) : null}
    </div>
  );
}
