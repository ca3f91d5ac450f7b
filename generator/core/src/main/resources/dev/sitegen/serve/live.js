// site-gen serve's live reload, added to every page it serves (never to a built site): reloads the
// page when a build publishes, and shows a build's errors over the page until one succeeds or the
// author hides them (Esc, or the button) to read the page beneath; the next failed build shows again.
(function () {
  'use strict';
  // The build the page was served from, which the server writes into this script's URL.
  var seen = Number(new URL(document.currentScript.src).searchParams.get('build'));
  var overlay = null;

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  // Problems carry the author's text: every piece goes in as text, never as HTML.
  function element(tag, text, style) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (style) { node.style.cssText = style; }
    return node;
  }

  // file:line:column, as the console shows it; line and column are 0 when they do not apply.
  function place(p) {
    return p.file + (p.line ? ':' + p.line + (p.column ? ':' + p.column : '') : '');
  }

  function show(problems) {
    hide();
    overlay = element('div', null, 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;' +
      'background:rgba(20,20,24,.98);color:#f4f4f5;font:15px/1.5 system-ui,sans-serif');
    overlay.id = 'site-gen-overlay';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-label', 'site-gen build errors');
    var errors = problems.filter(function (p) { return p.severity === 'error'; }).length;
    var close = element('button', 'Hide (Esc)', 'float:right;margin-left:1rem;padding:.3rem .8rem;font:inherit;' +
      'color:inherit;background:#3f3f46;border:1px solid #71717a;border-radius:4px;cursor:pointer');
    close.type = 'button';
    close.addEventListener('click', hide);
    overlay.appendChild(close);
    overlay.appendChild(element('h2', 'site-gen: the last build found ' + errors + (errors === 1 ? ' error' : ' errors') +
      ' and published nothing', 'margin:0 0 1rem;font-size:1.2rem;color:#fca5a5'));
    var list = element('ol', null, 'margin:0;padding-left:1.2rem');
    problems.forEach(function (p) {
      var item = element('li', null, 'margin:0 0 1rem');
      item.appendChild(element('code', place(p), 'color:#93c5fd'));
      item.appendChild(element('span', ' ' + p.severity + ' [' + p.code + '] '));
      item.appendChild(element('div', p.message));
      item.appendChild(element('div', p.fix, 'color:#a1a1aa'));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    overlay.appendChild(element('p', 'Fix the files and save: the page reloads when a build succeeds.', 'color:#a1a1aa'));
    document.body.appendChild(overlay);
    close.focus();
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { hide(); }
  });

  var events = new EventSource('/__site-gen/events');
  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    if (state.ok) {
      if (state.build !== seen) { location.reload(); return; }
      hide();
    } else {
      show(state.problems);
    }
    seen = state.build;
  });
})();
