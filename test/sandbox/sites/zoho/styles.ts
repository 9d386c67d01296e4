// Zoho Accounts' look: grey page, white card, blue primary button, the four-colour logo.
export const ZOHO_ACCOUNTS_CSS = `
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; background: #f4f6f8; color: #222; font: 14px/1.5 "Zoho Puvi", -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; display: flex; flex-direction: column; align-items: center; }
main { width: 540px; max-width: calc(100vw - 32px); margin: 56px 0 24px; background: #fff; border-radius: 8px; box-shadow: 0 2px 14px rgba(0,0,0,.08); padding: 32px 40px 36px; }
.top { display: flex; justify-content: space-between; align-items: center; margin-bottom: 24px; }
.logo { font-weight: 800; font-size: 26px; letter-spacing: 1px; display: inline-flex; gap: 2px; }
.logo span { display: inline-block; padding: 0 5px; color: #fff; border-radius: 3px; transform: rotate(-4deg); }
.logo span:nth-child(1) { background: #e42527; }
.logo span:nth-child(2) { background: #089949; transform: rotate(3deg); }
.logo span:nth-child(3) { background: #226db4; }
.logo span:nth-child(4) { background: #f9b21d; transform: rotate(5deg); }
.signed-in { color: #555; font-size: 13px; text-align: right; }
.signed-in strong { color: #222; font-weight: 600; }
h1 { font-size: 20px; font-weight: 600; margin: 8px 0 16px; }
h2 { font-size: 15px; font-weight: 600; margin: 16px 0 6px; }
.app { display: flex; align-items: center; gap: 14px; }
.app-icon { width: 48px; height: 48px; border-radius: 10px; background: #1f3b57; color: #fff; font-weight: 700; font-size: 22px; display: flex; align-items: center; justify-content: center; flex: none; }
.scopes { border: 1px solid #e6e9ed; border-radius: 6px; padding: 4px 18px 12px; margin: 8px 0 20px; max-height: 260px; overflow: auto; }
.scopes ul { margin: 0; padding-left: 18px; color: #444; }
.scopes li { margin: 3px 0; }
.note { color: #666; font-size: 13px; }
.check { display: flex; gap: 10px; align-items: flex-start; margin: 16px 0 22px; cursor: pointer; }
.check input { margin-top: 3px; width: 16px; height: 16px; }
.actions { display: flex; gap: 12px; }
button { font: inherit; font-weight: 600; border-radius: 4px; padding: 9px 28px; cursor: pointer; border: 1px solid transparent; }
button.primary { background: #159aff; color: #fff; }
button.primary:disabled { background: #a9d6fb; cursor: not-allowed; }
button.secondary { background: #fff; color: #333; border-color: #c9ced6; }
fieldset { border: 0; padding: 0; margin: 0 0 22px; }
.org { display: flex; gap: 12px; align-items: center; border: 1px solid #e6e9ed; border-radius: 6px; padding: 12px 14px; margin-bottom: 10px; cursor: pointer; }
.org small { display: block; color: #777; }
.problem { color: #c62828; margin: 0 0 14px; }
.spinner { width: 34px; height: 34px; margin: 48px auto; border: 3px solid #dfe3e8; border-top-color: #159aff; border-radius: 50%; animation: spin .8s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
footer { color: #888; font-size: 12px; margin: 8px 0 32px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
