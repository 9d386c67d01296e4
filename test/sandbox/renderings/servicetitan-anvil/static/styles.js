// Anvil2-like looks for the hashed class names (dom.js cls) and the Kendo grid classes.
import { cls } from './dom.js';

const c = (name) => `.${cls(name)}`;

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Nunito Sans", "Segoe UI", Roboto, Arial, sans-serif; color: #141414; background: #f7f7f7; }
a { color: #0265dc; }
${c('topbar')} { display: flex; align-items: center; gap: 24px; height: 56px; padding: 0 24px; background: #0e1a2b; color: #fff; }
${c('topbar')} a { color: #dfe7f3; text-decoration: none; }
${c('topbar')} ${c('brand')} { font-weight: 800; font-size: 17px; color: #fff; }
${c('topbar')} ${c('spacer')} { flex: 1; }
${c('page')} { max-width: 1180px; margin: 0 auto; padding: 24px; }
${c('page-header')} { display: flex; align-items: center; gap: 12px; margin-bottom: 16px; }
${c('page-header')} h1 { font-size: 22px; font-weight: 600; margin: 0; }
${c('page-header')} ${c('count')} { color: #737475; }
${c('page-header')} ${c('grow')} { flex: 1; }
${c('card')} { background: #fff; border: 1px solid #dfe0e1; border-radius: 8px; box-shadow: 0 1px 2px rgba(20,20,20,.1); padding: 20px 28px 24px; margin-bottom: 20px; }
${c('card')} h2, ${c('card')} h3 { margin: 0 0 12px; font-size: 18px; font-weight: 600; }
${c('muted')} { color: #737475; }
${c('button')} { display: inline-flex; align-items: center; gap: 6px; min-height: 36px; padding: 0 14px; border-radius: 6px; border: 1px solid #bcbcbd; background: #fff; color: #141414; font: inherit; font-weight: 600; cursor: pointer; }
${c('button')}[data-size="small"] { min-height: 28px; padding: 0 10px; }
${c('button')}:disabled { opacity: .5; cursor: default; }
${c('primary')} { background: #0265dc; border-color: #0265dc; color: #fff; }
${c('ghost')} { border-color: transparent; background: transparent; }
${c('icon')} { width: 18px; height: 18px; }
${c('text-field')}, ${c('textarea-field')}, ${c('combobox')} { display: flex; flex-direction: column; gap: 4px; margin-bottom: 16px; max-width: 640px; position: relative; }
${c('field-label')} { font-weight: 600; font-size: 13px; }
${c('required')} { color: #e13212; }
${c('input')}, ${c('textarea')}, ${c('combobox-input')}, ${c('select-trigger')} { font: inherit; border: 1px solid #949596; border-radius: 6px; padding: 7px 10px; background: #fff; min-height: 36px; width: 100%; }
${c('input')}[readonly] { background: #f2f2f2; }
${c('mono')} { font-family: Menlo, Consolas, monospace; font-size: 13px; }
${c('helper-text')}, ${c('counter')} { color: #737475; font-size: 12px; }
${c('counter')} { text-align: right; }
${c('error-text')} { color: #e13212; font-size: 12px; }
${c('combobox-field')} { position: relative; display: flex; }
${c('combobox-field')} ${c('toggle')}, ${c('combobox-field')} ${c('chevron')} { position: absolute; right: 6px; top: 6px; border: 0; background: transparent; color: #555; pointer-events: auto; }
${c('combobox-field')} ${c('chevron')} { pointer-events: none; }
${c('select-trigger')} { cursor: pointer; padding-right: 32px; }
${c('placeholder')} { color: #8a8b8c; }
${c('listbox')} { display: none; position: absolute; z-index: 20; left: 0; right: 0; top: 100%; margin: 2px 0 0; padding: 4px 0; list-style: none; background: #fff; border: 1px solid #dfe0e1; border-radius: 6px; box-shadow: 0 6px 16px rgba(0,0,0,.15); max-height: 240px; overflow: auto; }
${c('listbox')}${c('open')} { display: block; }
${c('option')} { padding: 6px 12px; cursor: pointer; }
${c('option')}[aria-selected="true"] { font-weight: 700; }
${c('highlighted')} { background: #e6f0fd; }
${c('group-label')} { padding: 6px 12px 2px; font-size: 12px; color: #737475; text-transform: uppercase; }
${c('empty')} { padding: 6px 12px; color: #737475; }
${c('checkbox')} { position: relative; display: inline-flex; align-items: center; gap: 8px; }
${c('checkbox-input')} { width: 18px; height: 18px; margin: 0; accent-color: #0265dc; }
${c('checkbox-box')} { display: none; }
${c('radio-group')} { border: 0; padding: 0; margin: 0 0 12px; }
${c('legend')} { font-weight: 600; margin-bottom: 8px; }
${c('radio')} { display: flex; gap: 10px; align-items: flex-start; margin-bottom: 12px; }
${c('radio-input')} { margin-top: 3px; accent-color: #0265dc; }
${c('radio-circle')} { display: none; }
${c('radio-label')} { font-weight: 600; }
${c('dialog')} { border: 0; border-radius: 12px; padding: 0; width: min(560px, calc(100vw - 32px)); max-height: calc(100vh - 32px); box-shadow: 0 12px 40px rgba(0,0,0,.3); }
${c('dialog')}${c('large')} { width: min(760px, calc(100vw - 32px)); }
${c('dialog')}::backdrop { background: rgba(20, 20, 20, .5); }
${c('dialog-header')} { display: flex; align-items: center; justify-content: space-between; padding: 16px 20px 8px 24px; }
${c('dialog-title')} { margin: 0; font-size: 20px; font-weight: 600; }
${c('dialog-content')} { padding: 8px 24px 16px; overflow: auto; max-height: calc(100vh - 200px); }
${c('dialog-footer')} { display: flex; justify-content: flex-end; gap: 12px; padding: 12px 24px 20px; }
${c('tooltip')} { background: #141414; color: #fff; font-size: 12px; padding: 4px 8px; border-radius: 4px; z-index: 100; pointer-events: none; }
${c('toast')} { position: fixed; bottom: 24px; left: 50%; transform: translateX(-50%); background: #141414; color: #fff; padding: 10px 18px; border-radius: 6px; z-index: 50; }
${c('spinner')} { padding: 48px; text-align: center; color: #737475; }
${c('spinner-circle')} { display: inline-block; width: 16px; height: 16px; margin-right: 8px; border: 2px solid #ccc; border-top-color: #0265dc; border-radius: 50%; animation: a2spin 1s linear infinite; vertical-align: -3px; }
@keyframes a2spin { to { transform: rotate(360deg); } }
${c('status-dot')} { display: inline-block; width: 12px; height: 12px; border-radius: 50%; }
${c('kv')} { display: grid; grid-template-columns: 7em 1fr; gap: 6px 12px; margin-bottom: 12px; }
${c('settings')} { display: grid; grid-template-columns: 240px 1fr; gap: 24px; }
${c('settings-nav')} { background: #fff; border: 1px solid #dfe0e1; border-radius: 8px; padding: 12px 0; align-self: start; }
${c('settings-nav')} h3 { margin: 12px 16px 4px; font-size: 12px; text-transform: uppercase; color: #737475; }
${c('settings-nav')} a { display: block; padding: 6px 16px; text-decoration: none; color: #141414; }
${c('settings-nav')} a[aria-current="page"] { background: #e6f0fd; font-weight: 700; }
${c('terms')} { max-height: 140px; overflow: auto; border: 1px solid #dfe0e1; border-radius: 6px; padding: 8px 12px; font-size: 13px; color: #444; }
${c('signin')} { max-width: 420px; margin: 80px auto; background: #fff; border: 1px solid #dfe0e1; border-radius: 12px; padding: 32px; display: flex; flex-direction: column; gap: 14px; }
${c('signin')} h1 { font-size: 22px; margin: 0 0 8px; }
.k-grid { background: #fff; border: 1px solid #dfe0e1; border-radius: 6px; overflow: hidden; font-size: 14px; }
.k-grid table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.k-grid-header { background: #fafafa; border-bottom: 1px solid #dfe0e1; }
.k-grid-header th { text-align: left; font-weight: 600; padding: 10px 12px; }
.k-grid-content { overflow-x: hidden; position: relative; }
.k-grid td { padding: 8px 12px; border-bottom: 1px solid #f0f0f0; vertical-align: middle; overflow: hidden; text-overflow: ellipsis; }
.k-grid tr.k-alt { background: #fcfcfc; }
.k-grouping-row td { background: #f0f0f0; font-weight: 600; }
.k-grouping-row p { margin: 0; display: flex; align-items: center; gap: 8px; }
.k-grid-norecords td { color: #737475; text-align: center; padding: 24px; }
`;

export function installStyles() {
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.append(style);
}
