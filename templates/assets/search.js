// site-gen search: a box in every page's header and the search page (search/?q=...). lunr.js,
// the index and the store are fetched the first time the box gets focus, never on page load;
// the browser only loads the index the generator built (sitegenSearch.load), it never builds one.
(function () {
  'use strict';
  var form = document.querySelector('form.search');
  if (!form || !window.fetch || !window.Promise) { return; }
  var input = form.querySelector('.search-input');
  var list = form.querySelector('.search-results');
  var root = form.getAttribute('data-root');
  var loading = null;
  var active = -1;
  var results = [];

  function script(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(s);
    });
  }

  function json(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); }
      return r.json();
    });
  }

  // Everything search needs, once: lunr.js, then site-gen's setup, then the index and the store.
  function load() {
    if (!loading) {
      var scripts = form.getAttribute('data-scripts').split(' ');
      loading = scripts.reduce(function (chain, src) {
        return chain.then(function () { return script(src); });
      }, Promise.resolve()).then(function () {
        return Promise.all([json(form.getAttribute('data-index')), json(form.getAttribute('data-store'))]);
      }).then(function (both) {
        return { index: window.sitegenSearch.load(both[0]), store: both[1] };
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  // The words a query looks for, as prefixes, for marking them in what results show.
  function words(query) {
    return query.toLowerCase().split(/[\s+\-~^:*"]+/).filter(function (w) { return w.length > 1; })
      .map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
  }

  function marked(text, pattern) {
    var fragment = document.createDocumentFragment();
    if (!pattern) { fragment.appendChild(document.createTextNode(text)); return fragment; }
    var at = 0;
    text.replace(pattern, function (match, before, word, offset) {
      var start = offset + before.length;
      fragment.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement('mark');
      mark.textContent = word;
      fragment.appendChild(mark);
      at = start + word.length;
      return match;
    });
    fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function find(search, query, limit) {
    return window.sitegenSearch.search(search.index, query).slice(0, limit).map(function (result) {
      var entry = search.store[result.ref];
      return { url: root + entry[0], title: entry[1], heading: entry[2], snippet: entry[3] };
    });
  }

  // One result: "skill › page › heading", then the start of its text, with the query's words marked.
  function item(result, pattern, id) {
    var a = document.createElement('a');
    a.href = result.url;
    a.className = 'search-result';
    if (id) { a.id = id; a.setAttribute('role', 'option'); }
    var where = document.createElement('span');
    where.className = 'search-result-where';
    where.appendChild(marked(result.title + (result.heading && result.heading !== result.title ? ' › ' + result.heading : ''), pattern));
    var snippet = document.createElement('span');
    snippet.className = 'search-result-snippet';
    snippet.appendChild(marked(result.snippet, pattern));
    a.appendChild(where);
    a.appendChild(snippet);
    return a;
  }

  function pattern(query) {
    var w = words(query);
    return w.length ? new RegExp('(^|[^\\p{L}\\p{N}])(' + w.join('|') + ')', 'giu') : null;
  }

  function open(isOpen) {
    list.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
  }

  function select(index) {
    var options = list.querySelectorAll('[role=option]');
    if (!options.length) { return; }
    active = (index + options.length) % options.length;
    options.forEach(function (o, i) { o.setAttribute('aria-selected', String(i === active)); });
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }

  // Browsers do not let a page opened from disk read files beside it, so there search cannot load.
  function unavailable() {
    return window.location.protocol === 'file:'
      ? 'Search needs the site served, not opened from disk: run site-gen serve, or put the site on any web server.'
      : 'Search could not load. Try again, or browse the skills from the home page.';
  }

  function show(query) {
    if (!query.trim()) { open(false); list.textContent = ''; return; }
    load().then(function (search) {
      if (input.value !== query) { return; }
      results = find(search, query, 10);
      var p = pattern(query);
      list.textContent = '';
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (!results.length) {
        var none = document.createElement('p');
        none.className = 'search-empty';
        none.textContent = 'No section matches \u201c' + query + '\u201d.';
        list.appendChild(none);
      }
      results.forEach(function (r, i) { list.appendChild(item(r, p, 'sg-search-option-' + i)); });
      open(true);
    }, function () {
      list.textContent = unavailable();
      open(true);
    });
  }

  input.addEventListener('focus', function () { load(); });
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 60);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') { event.preventDefault(); select(active + 1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); select(active - 1); }
    else if (event.key === 'Escape') { open(false); input.blur(); }
    else if (event.key === 'Enter' && results.length) {
      event.preventDefault();
      window.location.href = results[Math.max(active, 0)].url;
    }
  });
  document.addEventListener('click', function (event) {
    if (!form.contains(event.target)) { open(false); }
  });
  // "/" or Ctrl/Cmd+K, from anywhere but a field, goes to search.
  document.addEventListener('keydown', function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  // The search page: the query from the address, so results can be shared as a link.
  var page = document.getElementById('sg-search-page-results');
  if (page) {
    var query = new URLSearchParams(window.location.search).get('q') || '';
    var field = document.getElementById('sg-search-page-input');
    var status = document.getElementById('sg-search-status');
    field.value = query;
    if (query.trim()) {
      status.textContent = 'Searching\u2026';
      load().then(function (search) {
        var found = find(search, query, 50);
        var p = pattern(query);
        status.textContent = found.length ? found.length + (found.length === 50 ? '+' : '') + ' sections match \u201c' + query + '\u201d.'
          : 'No section matches \u201c' + query + '\u201d.';
        found.forEach(function (r) {
          var li = document.createElement('li');
          li.appendChild(item(r, p, null));
          page.appendChild(li);
        });
      }, function () { status.textContent = unavailable(); });
    }
  }
})();
