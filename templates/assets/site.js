// site-gen default theme. Every page reads and navigates without this script; it adds the theme
// toggle, a long page list scrolled to the page being read, copy buttons on code, a contents list
// that follows scrolling, filtering the catalog by tag in place, and Mermaid diagrams drawn from
// their source; and it gives the other scripts the theme's texts (siteGenText), so it loads first.
// (Showing the toggle and folding the page list on phones happen in tiny inline scripts right
// after those elements, so that nothing moves after the first paint.)
(function () {
  'use strict';
  // The theme's texts in the site's language, which every page carries for the scripts:
  // say('matches', {count: 3, query: 'x'}) takes the form for the count and fills in the values.
  var root = document.documentElement;
  var texts = {};
  try { texts = JSON.parse(document.getElementById('sg-theme-texts').textContent); } catch (e) { /* a template without them */ }
  window.siteGenText = function (key, values) {
    values = values || {};
    var said = texts[key];
    if (said && typeof said === 'object') { said = values.count === 1 ? said.one : said.other; }
    return String(said === undefined ? key : said).replace(/\{([a-z]+)\}/g, function (all, name) {
      if (!Object.prototype.hasOwnProperty.call(values, name)) { return all; }
      if (typeof values[name] !== 'number') { return values[name]; }
      // Numbers as the page's language writes them, as the build writes them: 5,000 in English.
      try { return values[name].toLocaleString(root.lang || undefined); } catch (e) { return String(values[name]); }
    });
  };
  var say = window.siteGenText;
  var system = window.matchMedia('(prefers-color-scheme: dark)');
  var isDark = function () { return root.dataset.theme ? root.dataset.theme === 'dark' : system.matches; };
  var themeChanged = [];

  // Theme toggle: follows the system until the reader picks, then remembers the pick.
  var toggle = document.querySelector('.theme-toggle');
  if (toggle) {
    var show = function () { toggle.setAttribute('aria-pressed', String(isDark())); };
    show();
    themeChanged.push(show);
    toggle.addEventListener('click', function () {
      root.dataset.theme = isDark() ? 'light' : 'dark';
      try { localStorage.setItem('sg-theme', root.dataset.theme); } catch (e) { /* private mode: still switch */ }
      themeChanged.forEach(function (f) { f(); });
    });
  }
  system.addEventListener('change', function () { themeChanged.forEach(function (f) { f(); }); });

  // Mermaid diagrams, drawn as GitHub draws them, by mermaid.js: 3 MB, so only pages with a diagram
  // load it. Until it has drawn one, and for good if it cannot (a mistake in the diagram), the
  // diagram's source shows as code. Drawn again in the other theme's colours when the theme changes.
  var diagrams = document.querySelectorAll('.markdown pre[data-language="mermaid"]');
  var diagramScript = document.currentScript && document.currentScript.dataset.diagrams;
  if (diagrams.length && diagramScript) {
    var drawAll = function () {
      window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', suppressErrorRendering: true,
        theme: isDark() ? 'dark' : 'default' });
      diagrams.forEach(function (pre, i) {
        var source = pre.querySelector('code').textContent;
        window.mermaid.render('sg-diagram-' + i, source).then(function (drawn) {
          var figure = pre.previousElementSibling;
          if (!figure || !figure.classList.contains('diagram')) {
            figure = document.createElement('div');
            figure.className = 'diagram';
            pre.parentNode.insertBefore(figure, pre);
          }
          figure.innerHTML = drawn.svg;
          pre.hidden = true;
          // Fitted to the column, a wide diagram shrinks its words past reading: it keeps three
          // quarters of its size at least, and scrolls sideways as a wide table does, from its
          // middle, where a flowchart's first step stands.
          var svg = figure.querySelector('svg');
          var least = svg && svg.viewBox.baseVal ? svg.viewBox.baseVal.width * 0.75 : 0;
          if (least > figure.clientWidth) {
            svg.style.maxWidth = 'none';
            svg.style.width = least + 'px';
            figure.scrollLeft = (figure.scrollWidth - figure.clientWidth) / 2;
          }
        }, function () { /* the source stays */ });
      });
    };
    var script = document.createElement('script');
    script.src = diagramScript;
    script.onload = function () {
      drawAll();
      themeChanged.push(drawAll);
    };
    document.head.appendChild(script);
  }

  // A long page list scrolls on its own: it starts where the page being read is listed.
  var sidebar = document.querySelector('.sidebar');
  var listed = sidebar && sidebar.querySelector('a[aria-current="page"]');
  if (listed && sidebar.scrollHeight > sidebar.clientHeight) {
    // Until the page scrolls, the list's foot is below the window: only what the window shows
    // counts, and room as tall as the hidden part, at the list's end, lets its last entries into it.
    var box = sidebar.getBoundingClientRect();
    var hidden = box.bottom - window.innerHeight;
    if (hidden > 0) { sidebar.style.paddingBottom = hidden + 'px'; }
    var shown = Math.min(box.bottom, window.innerHeight) - box.top;
    var entry = listed.getBoundingClientRect();
    if (entry.bottom - box.top > shown * 0.8) { sidebar.scrollTop = entry.top - box.top - shown / 3; }
  }

  // Copy buttons on code blocks.
  if (navigator.clipboard) {
    document.querySelectorAll('.markdown pre').forEach(function (pre) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.textContent = say('copy');
      button.addEventListener('click', function () {
        var code = pre.querySelector('code') || pre;
        navigator.clipboard.writeText(code.textContent).then(function () {
          button.textContent = say('copied');
          setTimeout(function () { button.textContent = say('copy'); }, 1500);
        }, function () {
          button.textContent = say('copy-by-keys');
        });
      });
      pre.appendChild(button);
    });
  }

  // The contents list marks the section being read.
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll('.toc a[href^="#"]'));
  if (tocLinks.length && 'IntersectionObserver' in window) {
    var byId = {};
    tocLinks.forEach(function (a) { byId[decodeURIComponent(a.getAttribute('href').slice(1))] = a; });
    var headings = Object.keys(byId).map(function (id) { return document.getElementById(id); }).filter(Boolean);
    var visible = {};
    var mark = function () {
      var current = null;
      for (var i = 0; i < headings.length; i++) {
        if (visible[headings[i].id]) { current = headings[i].id; break; }
      }
      if (!current) { return; }
      tocLinks.forEach(function (a) { a.classList.remove('active'); a.removeAttribute('aria-current'); });
      byId[current].classList.add('active');
      byId[current].setAttribute('aria-current', 'true');
      // A long contents list scrolls on its own: it follows the reader, or the mark would leave it.
      var list = byId[current].closest('.toc');
      if (list && list.scrollHeight > list.clientHeight) {
        var box = list.getBoundingClientRect(), entry = byId[current].getBoundingClientRect();
        if (entry.top < box.top || entry.bottom > box.bottom) { list.scrollTop += entry.top - box.top - box.height / 3; }
      }
    };
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) { visible[entry.target.id] = entry.isIntersecting; });
      mark();
    }, { rootMargin: '0px 0px -70% 0px' });
    headings.forEach(function (h) { observer.observe(h); });
  }

  // Home page: filter the catalog by tag in place; without this script the tags link to tag pages.
  // The count says how many skills are shown, and the address holds the tag, to share or come back to.
  var filter = document.querySelector('.tag-filter');
  if (filter) {
    var cards = Array.prototype.slice.call(document.querySelectorAll('.skill-grid .skill-card'));
    var count = document.querySelector('.count');
    var active = null;
    var show = function (tag) {
      active = tag;
      filter.querySelectorAll('a[data-tag]').forEach(function (a) {
        a.setAttribute('aria-pressed', String(a.getAttribute('data-tag') === active));
      });
      var shown = 0;
      cards.forEach(function (card) {
        var tags = Array.prototype.map.call(card.querySelectorAll('.tag'), function (t) { return t.textContent.trim(); });
        card.hidden = active !== null && tags.indexOf(active) < 0;
        shown += card.hidden ? 0 : 1;
      });
      if (count) { count.textContent = say('skill-count', {count: shown}); }
      var address = new URL(window.location.href);
      if (active === null) { address.searchParams.delete('tag'); } else { address.searchParams.set('tag', active); }
      window.history.replaceState(null, '', address);
    };
    filter.addEventListener('click', function (event) {
      var link = event.target.closest('a[data-tag]');
      if (!link) { return; }
      event.preventDefault();
      var tag = link.getAttribute('data-tag');
      show(active === tag ? null : tag);
    });
    var asked = new URLSearchParams(window.location.search).get('tag');
    if (asked) { show(asked); }
  }
})();
