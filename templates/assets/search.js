// site-gen search: a box in every page's header and the search page (search/?q=...). lunr.js,
// the index and the store are fetched the first time the box gets focus, never on page load;
// the browser only loads the index the generator built (sitegenSearch.load), it never builds one,
// and does so in a worker (search-worker.js), so that the page stays responsive while it does.
(function () {
  'use strict';
  var form = document.querySelector('form.search');
  if (!form || !window.fetch || !window.Promise || !window.Worker) { return; }
  var input = form.querySelector('.search-input');
  var list = form.querySelector('.search-results');
  var root = form.getAttribute('data-root');
  var say = window.siteGenText;
  var loading = null;
  var ready = false;
  var active = -1;
  var results = [];
  var SHOWN = 10;

  function script(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(s);
    });
  }

  function absolute(url) {
    return new URL(url, document.baseURI).href;
  }

  // Everything search needs, once: the worker reads the index and the store and answers queries;
  // the page loads lunr.js and site-gen's setup too, a few kilobytes, to mark what a query matched.
  function load() {
    if (!loading) {
      try {
        loading = start();
      } catch (e) {
        // A page opened from disk may not start a worker.
        loading = Promise.reject(e);
      }
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function start() {
    var scripts = form.getAttribute('data-scripts').split(' ');
    // A site's own layout from before the worker names none; it stands beside search-lunr.js.
    var worker = new Worker(form.getAttribute('data-worker') || scripts[1].replace(/search-lunr\.js(\?.*)?$/, 'search-worker.js'));
    var answers = new Map();
    var asked = 0;
    var indexed = new Promise(function (resolve, reject) {
      worker.onmessage = function (event) {
        var message = event.data;
        if (message.ready) { resolve(); } else if (message.failed) { reject(new Error(message.failed)); } else {
          var found = message.entries.map(result);
          found.terms = message.terms || [];
          found.misspelt = message.misspelt;
          answers.get(message.id)(found);
          answers.delete(message.id);
        }
      };
      worker.onerror = function (event) { event.preventDefault(); reject(new Error(event.message)); };
    });
    worker.postMessage({ scripts: scripts.map(absolute), index: absolute(form.getAttribute('data-index')),
      store: absolute(form.getAttribute('data-store')) });
    var started = scripts.reduce(function (chain, src) {
      return chain.then(function () { return script(src); });
    }, Promise.resolve()).then(function () { return indexed; }).then(function () {
      var pipeline = new window.lunr.Pipeline();
      pipeline.add.apply(pipeline, window.sitegenSearch.searchPipeline);
      ready = true;
      return {
        pipeline: pipeline,
        // The sections best matching `query`, the first `limit` of them.
        find: function (query, limit) {
          return new Promise(function (resolve) {
            answers.set(++asked, resolve);
            worker.postMessage({ id: asked, query: query, limit: limit });
          });
        }
      };
    });
    // The worker's failure is heard through `started`; should the scripts fail first, it is not left unheard.
    indexed.catch(function () {});
    started.catch(function () { worker.terminate(); });
    return started;
  }

  // What a query looks for, to mark in what results show: each word as typed, as the start of a
  // word (the reader may still be typing it), and as lunr's pipeline makes it, so that
  // "configuring" marks "configured", which the index matched through their common stem; and
  // each word the index found the results by (`foundBy`), as `discord` for `discrod` taken as
  // misspelt. Ideographs and kana are matched as the index matched them, by the query's pairs of
  // them, wherever those stand in a run of text.
  function matcher(search, query, foundBy) {
    var typed = [], pairs = [];
    query.toLowerCase().split(/[\s"]+/).forEach(function (token) {
      // lunr's syntax around a word (+must, -not, title:, ~1, ^2, *) is no part of it; a sign inside
      // one, as in N+1, is. Words split as the index split them, and are trimmed as it trimmed them.
      var bare = token.replace(/^[+-]+/, '').replace(/^(?:title|heading|tags|body):/, '').replace(/[~^]\d*$/, '').replace(/\*/g, '');
      bare.split(/[\-\/_.]+/).forEach(function (w) {
        window.sitegenSearch.cjkParts(window.sitegenSearch.trim(w)).forEach(function (part) {
          if (window.sitegenSearch.holdsCjk(part)) { pairs.push(part); } else if (part.length > 1) { typed.push(part); }
        });
      });
    });
    if (!typed.length && !pairs.length) { return null; }
    var stemmed = new Map();
    function terms(word) {
      if (!stemmed.has(word)) { stemmed.set(word, search.pipeline.runString(word)); }
      return stemmed.get(word);
    }
    // Stop words are not in the index, so no result was found by them.
    var indexed = typed.filter(function (w) { return window.lunr.stopWordFilter(new window.lunr.Token(w)); });
    var wanted = new Set();
    indexed.forEach(function (w) { terms(w).forEach(function (t) { wanted.add(t); }); });
    (foundBy || []).forEach(function (t) { wanted.add(t); });
    // A run of ideographs and kana, or a word of other letters, numbers and marks.
    var cjk = window.sitegenSearch.cjkClass;
    var word = new RegExp('([' + cjk + ']+)|(?:(?![' + cjk + '])[\\p{L}\\p{N}\\p{M}])+', 'gu');
    // Where the query's words are in text, the first `limit` of them: [start, end] pairs, in order.
    function matches(text, limit) {
      var found = [], r;
      word.lastIndex = 0;
      while (found.length < limit && (r = word.exec(text))) {
        var start = r.index, end = start + r[0].length;
        if (r[1] !== undefined) {
          found.push.apply(found, pairRanges(r[1], pairs).slice(0, limit - found.length).map(function (range) {
            return [start + range[0], start + range[1]];
          }));
          continue;
        }
        var prefix = typed.find(function (w) { return text.slice(start, start + w.length).toLowerCase() === w; });
        if (prefix) {
          found.push([start, Math.max(end, start + prefix.length)]);
        } else if (terms(r[0].toLowerCase()).some(function (t) { return wanted.has(t); })) {
          found.push([start, end]);
        }
      }
      return found;
    }
    // The query's words, and the same matching for some of them alone, made once for all results.
    matches.words = indexed.concat(pairs);
    var alone = new Map();
    matches.only = function (words) {
      var key = words.join(' ');
      if (!alone.has(key)) { alone.set(key, matcher(search, key)); }
      return alone.get(key);
    };
    return matches;
  }

  // Where the pairs lie in a run, in order; pairs that overlap or touch make one range.
  function pairRanges(run, pairs) {
    var covered = [];
    pairs.forEach(function (pair) {
      for (var at = run.indexOf(pair); at >= 0; at = run.indexOf(pair, at + 1)) { covered.push([at, at + pair.length]); }
    });
    covered.sort(function (a, b) { return a[0] - b[0]; });
    return covered.reduce(function (ranges, range) {
      var last = ranges[ranges.length - 1];
      if (last && range[0] <= last[1]) { last[1] = Math.max(last[1], range[1]); } else { ranges.push(range); }
      return ranges;
    }, []);
  }

  function marked(text, matches) {
    var fragment = document.createDocumentFragment();
    var at = 0;
    (matches ? matches(text, Infinity) : []).forEach(function (range) {
      fragment.appendChild(document.createTextNode(text.slice(at, range[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(range[0], range[1]);
      fragment.appendChild(mark);
      at = range[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  // A result as the page shows it, from its entry in the store.
  function result(entry) {
    var hash = entry[0].indexOf('#');
    return {
      url: root + entry[0], title: entry[1], heading: entry[2], snippet: entry[3],
      page: root + (hash < 0 ? entry[0] : entry[0].slice(0, hash)), section: hash < 0 ? null : entry[0].slice(hash + 1)
    };
  }

  // One result: "skill › page › heading", then its text, with the query's words marked.
  function item(result, matches, id) {
    var a = document.createElement('a');
    a.href = result.url;
    a.className = 'search-result';
    if (id) { a.id = id; a.setAttribute('role', 'option'); }
    var where = document.createElement('span');
    where.className = 'search-result-where';
    // A further page's opening text goes by the page's title, which its result's title already ends with.
    var repeated = !result.heading || result.heading === result.title || result.title.endsWith(' › ' + result.heading);
    where.appendChild(marked(result.title + (repeated ? '' : ' › ' + result.heading), matches));
    var snippet = document.createElement('span');
    snippet.className = 'search-result-snippet';
    snippet.appendChild(marked(result.snippet, matches));
    a.appendChild(where);
    a.appendChild(snippet);
    // A result found by its heading or title is explained by them; one found by its text shows
    // where, and one whose title explains some of the words but not all shows the others.
    if (matches) {
      var shown = where.textContent + ' ' + result.snippet;
      var missing = matches.words.filter(function (w) { return !matches.only([w])(shown, 1).length; });
      var explained = matches(shown, 1).length > 0;
      if (!explained || (missing.length && missing.length < matches.words.length)) {
        whenSeen(a, function () { showMatch(snippet, result, matches, explained ? matches.only(missing) : matches); });
      }
    }
    return a;
  }

  // The store keeps only the start of each section, to stay small. When the query's words are
  // further on, the words around the first of them come from the page itself, fetched once,
  // as a reader opening the result would (and then finds it in the browser's cache).
  var pages = new Map();

  function fetchedPage(url) {
    if (!pages.has(url)) {
      pages.set(url, fetch(url).then(function (r) {
        if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); }
        return r.text();
      }).then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        // A cell or an item ends a word, as it does in the index's text; their text joins up otherwise.
        doc.querySelectorAll('.markdown td, .markdown th, .markdown li, .markdown dt, .markdown dd, .markdown br')
          .forEach(function (end) { end.after(' '); });
        return doc;
      }));
    }
    return pages.get(url);
  }

  // A section's text as the index has it: the blocks after its heading, up to the next heading;
  // the opening text after the description above it, which the index holds with it.
  function sectionText(doc, id) {
    var body = doc.querySelector('article .markdown');
    var heading = id === null ? null : doc.getElementById(id) || doc.getElementById(decodeURIComponentSafely(id));
    if (!body || (id !== null && (!heading || heading.parentNode !== body))) { return null; }
    var lead = id === null && doc.querySelector('article .doc-header .lead');
    var parts = lead ? [lead.textContent] : [];
    for (var n = heading ? heading.nextElementSibling : body.firstElementChild; n && !/^H[1-6]$/.test(n.tagName); n = n.nextElementSibling) {
      parts.push(n.textContent);
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  function decodeURIComponentSafely(text) {
    try { return decodeURIComponent(text); } catch (e) { return text; }
  }

  var before = 60, length = 180;

  // The words around the first match of `sought` in the section, with every match of `matches` marked.
  function showMatch(snippet, result, matches, sought) {
    fetchedPage(result.page).then(function (doc) {
      var text = sectionText(doc, result.section);
      var first = text && sought(text, 1)[0];
      if (!first) { return; }
      var start = 0, end = text.length;
      if (first[0] > before) {
        var space = text.indexOf(' ', first[0] - before);
        // Chinese and Japanese have no spaces to start at.
        start = space >= 0 && space < first[0] ? space + 1 : first[0] - before;
        if (/[\uDC00-\uDFFF]/.test(text.charAt(start))) { start--; }
      }
      if (start + length < text.length) {
        var cut = text.lastIndexOf(' ', start + length);
        end = cut > first[1] ? cut : Math.max(first[1], start + length);
        if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) { end++; }
      }
      var shown = (start > 0 ? '\u2026' : '') + text.slice(start, end) + (end < text.length ? '\u2026' : '');
      snippet.textContent = '';
      snippet.appendChild(marked(shown, matches));
    }).catch(function () { /* the start of the section stays */ });
  }

  // Runs `then` once the element is on screen: the search page lists up to 50 results.
  function whenSeen(element, then) {
    if (!window.IntersectionObserver) { then(); return; }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { observer.disconnect(); then(); }
    });
    observer.observe(element);
  }

  function open(isOpen) {
    list.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    // On a phone the list spans the screen under the box, wherever a long title has pushed the box.
    if (isOpen && window.getComputedStyle(list).position === 'fixed') {
      list.style.top = (input.getBoundingClientRect().bottom + 6) + 'px';
    }
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
    return say(window.location.protocol === 'file:' ? 'search-from-disk' : 'search-failed');
  }

  function show(query) {
    if (!query.trim()) { open(false); list.textContent = ''; return; }
    // A site of thousands of pages has an index of tens of megabytes: say so while it comes.
    if (!ready) {
      list.textContent = '';
      var wait = document.createElement('p');
      wait.className = 'search-empty';
      wait.textContent = say('loading-search');
      list.appendChild(wait);
      open(true);
    }
    load().then(function (search) {
      return search.find(query, SHOWN + 1).then(function (found) {
        if (input.value !== query) { return; }
        results = found.slice(0, SHOWN);
        var matches = matcher(search, query, found.terms);
        list.textContent = '';
        active = -1;
        input.removeAttribute('aria-activedescendant');
        // No results, or results only for words like the query's, as if it were misspelt: say which.
        if (!results.length || found.misspelt) {
          var note = document.createElement('p');
          note.className = 'search-empty';
          note.textContent = say(results.length ? 'similar-words' : 'no-match', {query: query});
          list.appendChild(note);
        }
        results.forEach(function (r, i) { list.appendChild(item(r, matches, 'sg-search-option-' + i)); });
        // More than the list shows: the search page has them all.
        if (found.length > SHOWN) {
          var all = document.createElement('a');
          all.className = 'search-all';
          all.id = 'sg-search-option-all';
          all.setAttribute('role', 'option');
          all.href = root + 'search/?q=' + encodeURIComponent(query);
          all.textContent = say('all-results', {query: query});
          list.appendChild(all);
        }
        open(true);
      });
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
      window.location.href = list.querySelectorAll('[role=option]')[Math.max(active, 0)].href;
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
      status.textContent = say('searching');
      load().then(function (search) {
        return search.find(query, 50).then(function (found) {
          var matches = matcher(search, query, found.terms);
          // Sections found only as if the query were misspelt match words like it, and say so.
          status.textContent = found.length ? say(found.misspelt ? 'similar-matches' : 'matches',
              {count: found.length === 50 ? '50+' : found.length, query: query}) : say('no-match', {query: query});
          found.forEach(function (r) {
            var li = document.createElement('li');
            li.appendChild(item(r, matches, null));
            page.appendChild(li);
          });
        });
      }, function () { status.textContent = unavailable(); });
    }
  }
})();
