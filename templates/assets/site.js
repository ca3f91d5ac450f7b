// site-gen default theme. Pages work fully without this script; it only adds conveniences.
(function () {
  'use strict';

  // Home page: filter the catalog by tag in place; without JavaScript the tags link to tag pages.
  var filter = document.querySelector('.tag-filter');
  if (filter) {
    var cards = Array.prototype.slice.call(document.querySelectorAll('.skill-grid .skill-card'));
    var active = null;
    filter.addEventListener('click', function (event) {
      var link = event.target.closest('a[data-tag]');
      if (!link) { return; }
      event.preventDefault();
      var tag = link.getAttribute('data-tag');
      active = active === tag ? null : tag;
      filter.querySelectorAll('a[data-tag]').forEach(function (a) {
        a.setAttribute('aria-pressed', String(a.getAttribute('data-tag') === active));
      });
      cards.forEach(function (card) {
        var tags = Array.prototype.map.call(card.querySelectorAll('.tag'), function (t) { return t.textContent.trim(); });
        card.hidden = active !== null && tags.indexOf(active) < 0;
      });
    });
  }
})();
