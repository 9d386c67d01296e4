// What the content scripts get for `wxt/utils/content-script-context` (wxt.config.ts). WXT's entry
// wrapper builds a ContentScriptContext to hand to `main(ctx)`; ours take none (the content scripts'
// lifecycle is utils/lifecycle.ts, which no page can stop). WXT's own context listens to window
// events and messages a page can forge and watches the address; this one does nothing, carries nothing.
// (WXT's wrapper passes the script's name and options: not kept, nothing reads them.)
export class ContentScriptContext {}
