/*
 * Small enhancements for readers; the pages work without them. Loaded from the page's own folder, as the
 * Content-Security-Policy (script-src 'self') requires: no inline script anywhere.
 * - the menu button that shows and hides the side navigation on phones and tablets;
 * - the table of contents and the letterhead open on wide screens, closed behind their summary on phones;
 * - a wide table's scrolling box is a tab stop only while it actually scrolls.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  // Set before the first paint, so that CSS can fold the menu away without a flash of the open menu.
  root.classList.add('js');
  var wide = window.matchMedia('(min-width: 48.0625rem)');

  function setUpMenu() {
    var button = document.querySelector('.menu-toggle');
    if (!button) {
      return;
    }
    var nav = button.closest('nav');
    function show(open) {
      button.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('side-nav--open', open);
    }
    button.addEventListener('click', function () {
      show(button.getAttribute('aria-expanded') !== 'true');
    });
    nav.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        show(false);
        button.focus();
      }
    });
  }

  function openOnWideScreens() {
    if (wide.matches) {
      document.querySelectorAll('details[data-open-wide]').forEach(function (details) {
        details.open = true;
      });
    }
  }

  function tabStopsForScrollingTables() {
    document.querySelectorAll('.table-scroll').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute('tabindex', '0');
        box.classList.add('table-scroll--scrolls');
      } else {
        box.removeAttribute('tabindex');
        box.classList.remove('table-scroll--scrolls');
      }
    });
  }

  function start() {
    setUpMenu();
    openOnWideScreens();
    tabStopsForScrollingTables();
    // Paper shows everything: a letterhead folded away on a phone is printed too.
    window.addEventListener('beforeprint', function () {
      document.querySelectorAll('details').forEach(function (details) {
        details.open = true;
      });
    });
    var pending = false;
    window.addEventListener('resize', function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          tabStopsForScrollingTables();
        });
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
