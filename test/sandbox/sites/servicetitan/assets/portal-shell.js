// Developer Portal shell: client-side router (history.pushState), header, sign-in and landing.
(function () {
  'use strict';
  const { h, css, styles, colors, networkDelay, spinner } = window.Anvil;
  const store = window.PortalStore;
  const pages = (window.PortalPages = window.PortalPages || {});

  const s = {
    header: css('& {height:60px;background:#fff;border-bottom:1px solid ' + colors.border + ';display:flex;align-items:center;padding:0 32px;gap:32px;position:sticky;top:0;z-index:10}'),
    logo: css('& {display:flex;align-items:baseline;gap:8px;font-weight:800;font-size:20px;color:#141414} & span{font-weight:400;font-size:15px;color:' + colors.muted + '}'),
    nav: css('& {display:flex;gap:24px;flex:1;align-self:stretch} & a{display:flex;align-items:center;color:#141414;font-weight:600} & a:hover{text-decoration:none;color:' + colors.primary + '} & a[aria-current=page]{color:' + colors.primary + ';box-shadow:inset 0 -3px 0 ' + colors.primary + '}'),
    user: css('& {display:flex;align-items:center;gap:12px;font-size:13px;color:' + colors.muted + '}'),
    env: css('& {font-size:11px;font-weight:700;text-transform:uppercase;padding:3px 8px;border-radius:10px;background:#e6f4ea;color:#1e7b34}'),
    envIntegration: css('& {background:#fff4e5;color:#9a5b00}'),
    main: css('& {max-width:1200px;margin:0 auto;padding:32px}'),
    signinWrap: css('& {min-height:100vh;display:flex;align-items:center;justify-content:center;background:linear-gradient(160deg,#0b2d5b,#0265dc)}'),
    signinCard: css('& {width:420px;background:#fff;border-radius:10px;padding:40px;box-shadow:0 20px 60px rgba(0,0,0,.3);display:flex;flex-direction:column;gap:14px;animation:fadein .25s} & h1{margin:0 0 4px;font-size:22px} & p{margin:0;color:' + colors.muted + '} & button{justify-content:center;height:44px}'),
    divider: css('& {display:flex;align-items:center;gap:12px;color:' + colors.muted + ';font-size:12px;margin:8px 0} &::before,&::after{content:"";flex:1;border-top:1px solid ' + colors.border + '}'),
  };

  function navigate(path, options) {
    if (options && options.replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    render();
  }

  /** An in-app link: real href, client-side navigation. */
  function link(href, text, props) {
    return h(
      'a',
      Object.assign({}, props, {
        href,
        onClick: (event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          navigate(href);
        },
      }),
      text,
    );
  }

  function header(session, current) {
    const env = session.environment === 'integration' ? 'Integration' : 'Production';
    return h(
      'header',
      { class: s.header },
      h('div', { class: s.logo }, 'ServiceTitan', h('span', null, 'Developer Portal')),
      h(
        'nav',
        { class: s.nav, 'aria-label': 'Main' },
        link('/', 'Home', { 'aria-current': current === 'home' ? 'page' : null }),
        link('/custom/my-apps/', 'My Apps', { 'aria-current': current === 'apps' ? 'page' : null }),
        link('/docs', 'Docs', { 'aria-current': current === 'docs' ? 'page' : null }),
      ),
      h(
        'div',
        { class: s.user },
        h('span', { class: [s.env, session.environment === 'integration' ? s.envIntegration : null] }, env),
        h('span', null, session.name),
        h('button', { type: 'button', class: styles.btnLink, onClick: () => (store.signOut(), navigate('/signin')) }, 'Sign out'),
      ),
    );
  }

  function signinPage() {
    function go(environment, button) {
      button.disabled = true;
      button.textContent = 'Signing in…';
      networkDelay().then(() => {
        store.signIn(environment);
        navigate('/custom/my-apps/');
      });
    }
    return h(
      'div',
      { class: s.signinWrap },
      h(
        'div',
        { class: s.signinCard },
        h('div', { class: s.logo }, 'ServiceTitan', h('span', null, 'Developer Portal')),
        h('h1', null, 'Sign in'),
        h('p', null, 'Use your ServiceTitan account to manage your API applications.'),
        h('button', { type: 'button', class: styles.btnPrimary, onClick: (e) => go('production', e.currentTarget) }, 'Login as Production Environment User'),
        h('div', { class: s.divider }, 'Building against the integration environment?'),
        h('button', { type: 'button', class: styles.btnSecondary, onClick: (e) => go('integration', e.currentTarget) }, 'Developer login'),
        h('p', { class: styles.help }, 'Developer login signs you in to the integration environment (integration.servicetitan.com). Apps created there cannot be connected to production tenants.'),
      ),
    );
  }

  function homePage() {
    return h(
      'div',
      { class: styles.card },
      h('h1', { style: 'margin-top:0' }, 'Welcome to the ServiceTitan Developer Portal'),
      h('p', null, 'Register applications, manage their connections to tenants and generate credentials.'),
      link('/custom/my-apps/', 'Go to My Apps', { class: styles.btnPrimary }),
    );
  }

  function notFoundPage(text) {
    return h('div', { class: styles.card }, h('h1', { style: 'margin-top:0' }, 'Page not found'), h('p', null, text || 'The page you are looking for does not exist.'));
  }

  const routes = [
    { path: /^\/custom\/my-apps\/?$/, page: () => pages.myApps(), nav: 'apps' },
    { path: /^\/custom\/my-apps\/new\/?$/, page: () => pages.newApp(), nav: 'apps' },
    { path: /^\/custom\/my-apps\/([^/]+)\/connections\/?$/, page: (m) => pages.connections(decodeURIComponent(m[1])), nav: 'apps' },
    { path: /^\/custom\/my-apps\/([^/]+)\/edit\/?$/, page: (m) => pages.editApp(decodeURIComponent(m[1])), nav: 'apps' },
    { path: /^\/docs\/?$/, page: () => notFoundPage('Documentation is not part of this sandbox.'), nav: 'docs' },
    { path: /^\/$/, page: () => homePage(), nav: 'home' },
  ];

  function render() {
    const root = document.getElementById('root');
    const path = location.pathname;
    const session = store.session();
    window.scrollTo(0, 0);
    if (path === '/signin' || path === '/signin/') {
      if (session) return navigate('/custom/my-apps/', { replace: true });
      root.replaceChildren(signinPage());
      document.title = 'Sign in | ServiceTitan Developer Portal';
      return;
    }
    if (!session) return navigate('/signin', { replace: true });
    const route = routes.find((r) => r.path.test(path));
    const content = route ? route.page(path.match(route.path)) : notFoundPage();
    document.title = 'ServiceTitan Developer Portal';
    root.replaceChildren(h('div', null, header(session, route ? route.nav : null), h('main', { class: s.main }, content)));
  }

  /** Renders `spinner` now and the element `load()` resolves to once it arrives. */
  function asyncView(load) {
    const holder = h('div', null, spinner());
    load().then(
      (element) => holder.replaceChildren(element),
      (error) => holder.replaceChildren(h('div', { class: [styles.banner, styles.bannerWarn], role: 'alert' }, error.message)),
    );
    return holder;
  }

  window.Portal = { navigate, link, asyncView };
  window.addEventListener('popstate', render);
  document.addEventListener('DOMContentLoaded', render);
})();
