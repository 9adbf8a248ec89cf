import { useEffect, useState } from "react";
import { confirmSession, whenUnauthenticated } from "./api";
import { Dashboard } from "./Dashboard";
import { Explorer } from "./Explorer";
import { ymd } from "./format";
import { LangContext, translate, type Lang } from "./i18n";
import { TokenProblem, clearToken, readClaims, saveToken, savedToken } from "./session";
import { SignIn, type SignedIn } from "./SignIn";

const LANG_KEY = "ipr.console.lang"; // the language only; never the token
const page = () => (location.hash === "#/dashboard" ? "dashboard" : "console");

export function App() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === "en" ? "en" : "zh"));
  const [signedIn, setSignedIn] = useState<SignedIn | null>(null);
  const [restoring, setRestoring] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [current, setCurrent] = useState(page);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);

  const signOut = (why: string | null) => {
    clearToken();
    setSignedIn(null);
    setNotice(why);
  };

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    localStorage.setItem(LANG_KEY, lang);
  }, [lang]);
  useEffect(() => {
    const onHash = () => setCurrent(page());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  // a token kept in this tab: check it again with the gateway
  useEffect(() => {
    const token = savedToken();
    if (!token) return setRestoring(false);
    let claims;
    try {
      claims = readClaims(token);
    } catch (e) {
      signOut(e instanceof TokenProblem ? translate(lang, e.reason) : String(e));
      return setRestoring(false);
    }
    confirmSession(token)
      .then(({ session, error }) => (session ? setSignedIn({ token, claims, session }) : signOut(`${translate(lang, "refusedByGateway")}: ${error?.extensions?.code}: ${error?.message}`)))
      .finally(() => setRestoring(false));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // the gateway refusing the token later (expired, revoked) ends the session with its reason
  useEffect(() => whenUnauthenticated((error) => signOut(`${translate(lang, "sessionEnded")} ${error.extensions?.code ?? ""}: ${error.message}`)), [lang]);
  useEffect(() => {
    if (!signedIn) return;
    const ms = signedIn.claims.exp * 1000 - Date.now();
    const timer = setTimeout(() => signOut(translate(lang, "expired")), Math.min(Math.max(ms, 0), 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [signedIn, lang]);

  return (
    <LangContext.Provider value={lang}>
      <header className="top">
        <h1>{t("title")}</h1>
        {signedIn ? (
          <nav>
            <a href="#/" className={current === "console" ? "active" : undefined} id="nav-console">
              {t("console")}
            </a>
            <a href="#/dashboard" className={current === "dashboard" ? "active" : undefined} id="nav-dashboard">
              {t("dashboard")}
            </a>
          </nav>
        ) : null}
        <div className="who" id="who">
          {signedIn ? (
            <>
              <span title={t("agency")} id="who-agency">{signedIn.session.agency}</span>
              <span title={t("region")} id="who-region">{signedIn.session.region}</span>
              <span title={t("roles")}>{signedIn.session.roles.length ? signedIn.session.roles.join(", ") : "—"}</span>
              <span title={t("expires")}>
                {t("expires")} {ymd(new Date(signedIn.claims.exp * 1000).toISOString())} {new Date(signedIn.claims.exp * 1000).toLocaleTimeString(lang === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit" })}
              </span>
              <button type="button" id="signout" onClick={() => signOut(null)}>
                {t("signOut")}
              </button>
            </>
          ) : null}
          <button type="button" id="lang" onClick={() => setLang(lang === "zh" ? "en" : "zh")}>
            {t("language")}
          </button>
        </div>
      </header>
      {restoring ? null : signedIn ? (
        current === "dashboard" ? (
          <Dashboard token={signedIn.token} />
        ) : (
          <Explorer token={signedIn.token} />
        )
      ) : (
        <SignIn
          notice={notice}
          onSignedIn={(s) => {
            saveToken(s.token);
            setNotice(null);
            setSignedIn(s);
          }}
        />
      )}
    </LangContext.Provider>
  );
}
