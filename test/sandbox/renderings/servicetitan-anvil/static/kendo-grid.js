// The markup KendoReact Grid 4.x renders (what @servicetitan/table wraps): the column headers in
// their own <table> inside .k-grid-header, the rows in another <table> inside .k-grid-content,
// cells tied to their header only by aria-colindex; with `virtual`, only the rows in view exist
// (the table is translated and a .k-height-container keeps the scroll height).
import { h, replaceChildren } from './dom.js';

/**
 * columns: [{ title, width?, cell(row) → Node|string }]
 * rows: data items; a row with `group` set renders as a k-grouping-row (its cell spans all columns).
 * virtual: { height: px, rowHeight: px } — only the rows in view are in the DOM.
 */
export function KendoGrid({ columns, rows = [], virtual, ariaLabel, noRecords = 'No records available.' }) {
  const colgroup = () => h('colgroup', { role: 'presentation' }, columns.map((c) => h('col', c.width ? { width: c.width } : {})));
  const header = h(
    'div',
    { class: 'k-grid-header', role: 'presentation', style: { paddingRight: virtual ? '17px' : '0px' } },
    h(
      'div',
      { class: 'k-grid-header-wrap', role: 'presentation' },
      h(
        'table',
        { role: 'presentation' },
        colgroup(),
        h(
          'thead',
          { role: 'presentation', 'data-keyboardnavheader': 'true' },
          h(
            'tr',
            { role: 'row', 'aria-rowindex': '1' },
            columns.map((c, i) =>
              h(
                'th',
                { 'aria-sort': 'none', 'aria-colindex': String(i + 1), 'aria-selected': 'false', colspan: '1', rowspan: '1', class: 'k-header', role: 'columnheader' },
                h('span', { class: 'k-link' }, c.title),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const tbody = h('tbody', { role: 'presentation', 'data-keyboardnavbody': 'true' });
  const table = h('table', { tabindex: '-1', class: 'k-grid-table', role: 'presentation' }, colgroup(), tbody);
  const heightFiller = h('div');
  const content = h(
    'div',
    { class: virtual ? 'k-grid-content k-virtual-content' : 'k-grid-content', role: 'presentation', style: virtual ? { height: `${virtual.height}px`, overflowY: 'scroll' } : {} },
    h('div', { role: 'presentation', style: { position: 'relative' } }, table),
    virtual ? h('div', { class: 'k-height-container' }, heightFiller) : null,
  );
  const root = h(
    'div',
    { class: 'k-widget k-grid', role: 'grid', 'data-role': 'grid', 'aria-label': ariaLabel, 'aria-colcount': String(columns.length) },
    header,
    h('div', { class: 'k-grid-container', role: 'presentation' }, content),
  );

  let data = rows;
  let skip = -1;

  function rowNode(item, index) {
    const ariaRowIndex = String(index + 2);
    if (item.group !== undefined) {
      return h(
        'tr',
        { class: 'k-grouping-row', role: 'row', 'aria-rowindex': ariaRowIndex, style: virtual ? { height: `${virtual.rowHeight}px` } : {} },
        h('td', { colspan: String(columns.length), role: 'gridcell', 'aria-colindex': '1', 'aria-selected': 'false' }, h('p', { class: 'k-reset' }, item.render ? item.render() : item.group)),
      );
    }
    return h(
      'tr',
      { class: index % 2 ? 'k-master-row k-alt' : 'k-master-row', role: 'row', 'aria-rowindex': ariaRowIndex, 'data-grid-row-index': String(index), style: virtual ? { height: `${virtual.rowHeight}px` } : {} },
      columns.map((c, i) =>
        h('td', { colspan: '1', role: 'gridcell', 'aria-colindex': String(i + 1), 'aria-selected': 'false', 'data-grid-col-index': String(i) }, c.cell(item)),
      ),
    );
  }

  function render(force) {
    root.setAttribute('aria-rowcount', String(data.length + 1));
    if (data.length === 0) {
      skip = -1;
      replaceChildren(tbody, h('tr', { class: 'k-grid-norecords' }, h('td', { colspan: String(columns.length) }, noRecords)));
      return;
    }
    if (!virtual) {
      replaceChildren(tbody, data.map(rowNode));
      return;
    }
    const pageSize = Math.ceil(virtual.height / virtual.rowHeight) + 2;
    const first = Math.min(Math.max(0, data.length - pageSize), Math.floor(content.scrollTop / virtual.rowHeight));
    if (!force && first === skip) return;
    skip = first;
    heightFiller.style.height = `${data.length * virtual.rowHeight}px`;
    table.style.transform = `translateY(${first * virtual.rowHeight}px)`;
    replaceChildren(tbody, data.slice(first, first + pageSize).map((item, i) => rowNode(item, first + i)));
  }
  if (virtual) {
    table.style.position = 'absolute';
    table.style.top = '0';
    table.style.width = '100%';
    content.addEventListener('scroll', () => render(false));
  }
  render(true);
  return {
    root,
    setRows(next) {
      data = next;
      render(true);
    },
    refresh() { render(true); },
  };
}
