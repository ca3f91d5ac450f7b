// site-gen: "compare any two versions" on a skill's history page. Without JavaScript the page still
// links each version to what changed in it; this adds the choice of any pair, kept in the address
// (#from=A&to=B) so that a comparison can be linked to and comes back on reload.
(function () {
  'use strict';
  var form = document.getElementById('sg-compare');
  var result = document.getElementById('sg-compare-result');
  if (!form || !result || !window.fetch) { return; }
  form.hidden = false;
  var say = window.siteGenText;
  var texts = null;

  function load() {
    if (texts) { return Promise.resolve(texts); }
    return fetch(form.getAttribute('data-texts')).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (list) {
      texts = {};
      list.forEach(function (v) { texts[v.slug] = v; });
      return texts;
    });
  }

  // Myers' O(ND) diff of two arrays of lines: a list of [kind, line] with kind ' ', '-' or '+'.
  function diff(a, b) {
    var n = a.length, m = b.length, max = n + m, v = [0], trace = [];
    var offset = max;
    v = new Array(2 * max + 2).fill(0);
    for (var d = 0; d <= max; d++) {
      trace.push(v.slice());
      for (var k = -d; k <= d; k += 2) {
        var x = (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
        var y = x - k;
        while (x < n && y < m && a[x] === b[y]) { x++; y++; }
        v[offset + k] = x;
        if (x >= n && y >= m) { return backtrack(trace, a, b, offset, d); }
      }
    }
    return [];
  }

  function backtrack(trace, a, b, offset, d) {
    var out = [], x = a.length, y = b.length;
    for (; d > 0; d--) {
      var v = trace[d], k = x - y;
      var prevK = (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1;
      var prevX = v[offset + prevK], prevY = prevX - prevK;
      while (x > prevX && y > prevY) { out.push([' ', a[--x]]); y--; }
      if (x === prevX) { out.push(['+', b[--y]]); } else { out.push(['-', a[--x]]); }
    }
    while (x > 0 && y > 0) { out.push([' ', a[--x]]); y--; }
    return out.reverse();
  }

  function render(from, to) {
    var lines = diff(from.text.split('\n'), to.text.split('\n'));
    var shown = lines.map(function () { return false; });
    lines.forEach(function (l, i) {
      if (l[0] !== ' ') { for (var j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) { shown[j] = true; } }
    });
    result.textContent = '';
    var heading = document.createElement('h2');
    heading.textContent = say('compared', {from: from.label, to: to.label});
    result.appendChild(heading);
    var added = lines.filter(function (l) { return l[0] === '+'; }).length;
    var removed = lines.filter(function (l) { return l[0] === '-'; }).length;
    var summary = document.createElement('p');
    summary.textContent = added || removed ? say('lines-changed', {added: added, removed: removed}) : say('texts-same');
    result.appendChild(summary);
    // Each line's number in the older and the newer text, as the changes pages show them; a blank
    // line of context then keeps its height.
    var table = null, older = 0, newer = 0;
    lines.forEach(function (l, i) {
      if (l[0] !== '+') { older++; }
      if (l[0] !== '-') { newer++; }
      if (!shown[i]) { table = null; return; }
      if (!table) {
        var wrap = document.createElement('div');
        wrap.className = 'table-scroll';
        table = document.createElement('table');
        table.className = 'diff';
        wrap.appendChild(table);
        result.appendChild(wrap);
      }
      var row = table.insertRow();
      row.className = l[0] === '+' ? 'diff-added' : l[0] === '-' ? 'diff-removed' : 'diff-same';
      [l[0] === '+' ? '' : older, l[0] === '-' ? '' : newer].forEach(function (number) {
        var cell = row.insertCell();
        cell.className = 'diff-number';
        cell.textContent = number;
      });
      var sign = row.insertCell();
      sign.className = 'diff-sign';
      sign.textContent = l[0] === ' ' ? '' : l[0] === '-' ? '\u2212' : '+';
      var cell = row.insertCell();
      cell.className = 'diff-text';
      var code = document.createElement('code');
      code.textContent = l[1];
      cell.appendChild(code);
    });
  }

  function compare() {
    load().then(function (all) {
      var from = all[form.elements.from.value], to = all[form.elements.to.value];
      if (from && to) { render(from, to); }
    }).catch(function () {
      result.textContent = say('versions-failed');
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var pair = new URLSearchParams();
    pair.set('from', form.elements.from.value);
    pair.set('to', form.elements.to.value);
    history.replaceState(null, '', '#' + pair);
    compare();
  });

  // A linked comparison: shown if both versions are on the page, else the page as it is.
  var asked = new URLSearchParams(location.hash.slice(1));
  var options = function (select) { return Array.prototype.map.call(select.options, function (o) { return o.value; }); };
  if (options(form.elements.from).indexOf(asked.get('from')) >= 0 && options(form.elements.to).indexOf(asked.get('to')) >= 0) {
    form.elements.from.value = asked.get('from');
    form.elements.to.value = asked.get('to');
    compare();
  }
})();
