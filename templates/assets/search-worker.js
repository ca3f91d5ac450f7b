// site-gen search, off the page's thread: lunr.js, site-gen's setup, the index and the store are
// read here, which for a site of a thousand skills is tens of megabytes and seconds of script
// that would otherwise freeze the page, and the page's queries are answered with the store's
// entries of the sections found, best first.
'use strict';
var search = null;

function json(url) {
  return fetch(url).then(function (r) {
    if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); }
    return r.json();
  });
}

self.onmessage = function (event) {
  var message = event.data;
  if (message.scripts) {
    importScripts.apply(self, message.scripts);
    Promise.all([json(message.index), json(message.store)]).then(function (both) {
      search = { index: self.sitegenSearch.load(both[0]), store: both[1] };
      self.postMessage({ ready: true });
    }, function (e) { self.postMessage({ failed: String(e) }); });
  } else {
    var all = self.sitegenSearch.search(search.index, message.query);
    var found = all.slice(0, message.limit);
    // The index's terms the sections were found by, which a query taken as misspelt does not say.
    var terms = new Set();
    found.forEach(function (result) { Object.keys(result.matchData.metadata).forEach(function (t) { terms.add(t); }); });
    self.postMessage({ id: message.id, entries: found.map(function (result) { return search.store[result.ref]; }),
      terms: Array.from(terms), misspelt: Boolean(all.misspelt) });
  }
};
