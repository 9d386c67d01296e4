// Settings → Integrations → Booking Providers: booking provider tags with their IDs, Add Tag dialog.
(function () {
  'use strict';
  const { h, css, styles, colors, api, listOf, openDialog, field, toast } = window.Anvil;
  const { asyncView } = window.Go;

  const s = {
    top: css('& {display:flex;align-items:center;justify-content:space-between;margin-bottom:6px} & h1{margin:0;font-size:24px}'),
    intro: css('& {color:' + colors.muted + ';margin:0 0 20px;max-width:720px}'),
    wrap: css('& {border:1px solid ' + colors.border + ';border-radius:8px;overflow:hidden;animation:fadein .2s}'),
    empty: css('& {padding:36px;text-align:center;color:' + colors.muted + ';background:#fff}'),
  };

  function tagsTable(tags) {
    if (tags.length === 0) return h('div', { class: [s.wrap, s.empty] }, 'No booking provider tags yet. Select Add Tag to create one.');
    return h(
      'div',
      { class: s.wrap },
      h(
        'table',
        { class: styles.table },
        h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Description'), h('th', null, 'ID'), h('th', null, 'Status'))),
        h(
          'tbody',
          null,
          tags.map((tag) => h('tr', null, h('td', { style: 'font-weight:600' }, tag.name), h('td', null, tag.description || '—'), h('td', null, String(tag.id)), h('td', null, 'Active'))),
        ),
      ),
    );
  }

  function addTagDialog(onAdded) {
    const name = h('input', { type: 'text', class: styles.input, required: true, maxlength: '100' });
    const description = h('input', { type: 'text', class: styles.input, placeholder: 'Add description (Optional)' });
    const error = h('div', { class: styles.errorText, role: 'alert' });
    openDialog({
      title: 'Add Booking Provider Tag',
      body: h('div', null, h('p', { style: 'margin-top:0' }, 'Fill out details to create a tag'), field('Name', name, { required: true }), field('Description', description), error),
      footer: (close) => [
        h('button', { type: 'button', class: styles.btnSecondary, onClick: close }, 'Cancel'),
        h(
          'button',
          {
            type: 'button',
            class: styles.btnPrimary,
            onClick: async (event) => {
              if (!name.value.trim()) {
                name.setAttribute('aria-invalid', 'true');
                error.textContent = 'Name is required.';
                return;
              }
              const button = event.currentTarget;
              button.disabled = true;
              try {
                const tag = await api('tags', { method: 'POST', body: { name: name.value.trim(), description: description.value.trim() } });
                close();
                toast('Tag "' + tag.name + '" added');
                onAdded();
              } catch (e) {
                button.disabled = false;
                error.textContent = 'Could not add the tag: ' + e.message;
              }
            },
          },
          'Add',
        ),
      ],
    });
    name.focus();
  }

  function bookingProviders() {
    const tableSlot = h('div');
    function load() {
      tableSlot.replaceChildren(asyncView(async () => tagsTable(listOf(await api('tags'), 'tags'))));
    }
    load();
    return h(
      'div',
      null,
      h('div', { class: s.top }, h('h1', null, 'Booking Providers'), h('button', { type: 'button', class: styles.btnPrimary, onClick: () => addTagDialog(load) }, 'Add Tag')),
      h('p', { class: s.intro }, 'Booking provider tags identify where bookings come from. Integrations can be restricted to the bookings of one provider.'),
      tableSlot,
    );
  }

  window.GoPages.bookingProviders = bookingProviders;
})();
