// Runs in the sandbox consent page (inlined by ./consent-page.ts). Plain browser JS.
(() => {
  const model = JSON.parse(document.querySelector('script[type="application/json"]').textContent);
  const slot = document.querySelector('[data-slot="view"]');
  let chosenOrg = '';

  function backToApp(params) {
    const target = new URL(model.redirectUri);
    for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
    if (model.state !== undefined) target.searchParams.set('state', model.state);
    window.location.assign(target.href);
  }

  function show(view) {
    const template = document.querySelector(`template[data-view="${view}"]`);
    slot.replaceChildren(template.content.cloneNode(true));
    wire[view]();
  }

  const wire = {
    orgs() {
      const submit = slot.querySelector('[data-action="submit-org"]');
      for (const radio of slot.querySelectorAll('input[type="radio"]')) {
        radio.addEventListener('change', () => {
          chosenOrg = radio.dataset.name;
          submit.disabled = false;
        });
      }
      submit.addEventListener('click', () => show('consent'));
    },
    consent() {
      const accept = slot.querySelector('[data-action="accept"]');
      const reject = slot.querySelector('[data-action="reject"]');
      const checkbox = slot.querySelector('input[type="checkbox"]');
      const problem = slot.querySelector('.problem');
      const org = slot.querySelector('[data-slot="org"]');
      if (chosenOrg) {
        org.querySelector('strong').textContent = chosenOrg;
        org.hidden = false;
      }
      checkbox.addEventListener('change', () => {
        accept.disabled = !checkbox.checked;
      });
      reject.addEventListener('click', () => backToApp({ error: 'access_denied' }));
      accept.addEventListener('click', async () => {
        accept.disabled = true;
        reject.disabled = true;
        problem.hidden = true;
        try {
          const response = await fetch('/__sandbox__/codes', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ state: model.state ?? '', location: model.location }),
          });
          const body = response.ok ? await response.json() : null;
          if (!body || typeof body.code !== 'string' || body.code.length === 0) throw new Error('no code');
          backToApp({ code: body.code, location: model.location, 'accounts-server': model.accountsServer });
        } catch {
          problem.textContent = 'Something went wrong. Please try again.';
          problem.hidden = false;
          accept.disabled = !checkbox.checked;
          reject.disabled = false;
        }
      });
    },
    no_org() {
      slot.querySelector('[data-action="back"]').addEventListener('click', () => backToApp({ error: 'no_org' }));
    },
  };

  // The real page renders its content asynchronously after the shell.
  setTimeout(() => show(model.view), 200 + Math.floor(Math.random() * 300));
})();
