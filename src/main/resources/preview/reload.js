/*
 * Live preview for `tillid-site serve`. The preview server adds this script to each page as it answers it,
 * never to the baked files, so it cannot reach the published site. After every bake the page reloads itself;
 * when a bake fails, its problems are shown over the page until the source is fixed.
 *
 * The pages' Content-Security-Policy forbids inline styles, but not styles set through the DOM (element.style),
 * which is how the overlay gets its look. Text goes in with textContent only: a message quotes the editor's source.
 */
(() => {
  'use strict';

  const shownBuild = document.currentScript.getAttribute('data-build');
  if (document.currentScript.getAttribute('data-draft') === 'true') {
    whenBodyExists(showDraftBanner);
  }
  let overlay = null;
  let focusBefore = null;

  const events = new EventSource('/__preview/events');
  let warningsPanel = null;
  events.addEventListener('reload', (event) => {
    const data = JSON.parse(event.data);
    if (data.build !== shownBuild) {
      location.reload();
    } else {
      hideProblems();
      whenBodyExists(() => showWarnings(data.warnings || []));
    }
  });
  events.addEventListener('problems', (event) => {
    const problems = JSON.parse(event.data).problems;
    whenBodyExists(() => {
      showProblems(problems);
    });
  });

  /* A draft is shown only here: build leaves it out, so the editor must see that it is not published. */
  function showDraftBanner() {
    const banner = element('p', 'Kladde: Siden er ikke udgivet. Den vises kun her i forhåndsvisningen. '
      + 'Skriv :jbake-status: published, når den er færdig.', {
      margin: '0', padding: '0.5em 1em', background: '#fff3cd', color: '#1a1a1a', borderBottom: '0.25em solid #8a6d00',
      font: 'bold 1rem/1.5 system-ui, sans-serif', textAlign: 'center'
    });
    banner.id = 'preview-draft';
    banner.setAttribute('role', 'status');
    document.body.insertBefore(banner, document.body.firstChild);
  }

  function whenBodyExists(action) {
    if (document.body) {
      action();
    } else {
      document.addEventListener('DOMContentLoaded', action);
    }
  }

  function showProblems(problems) {
    if (!overlay) {
      overlay = createOverlay();
      focusBefore = document.activeElement;
      document.body.appendChild(overlay.backdrop);
    }
    const errors = problems.filter((problem) => problem.error);
    const warnings = problems.filter((problem) => !problem.error);
    overlay.list.replaceChildren(...errors.map(problemItem));
    overlay.warningsTitle.textContent = warnings.length === 1 ? '1 advarsel' : warnings.length + ' advarsler';
    overlay.warningsList.replaceChildren(...warnings.map(problemItem));
    overlay.warnings.hidden = warnings.length === 0;
    overlay.dialog.focus();
  }

  /* Warnings do not stop the build: a panel in the corner, which leaves the page usable. */
  function showWarnings(warnings) {
    if (warningsPanel) {
      warningsPanel.remove();
      warningsPanel = null;
    }
    if (warnings.length === 0) {
      return;
    }
    warningsPanel = element('aside', '', {
      position: 'fixed', right: '1em', bottom: '1em', maxWidth: '32em', maxHeight: '40vh', overflowY: 'auto',
      zIndex: '2147483646', padding: '0.75em 1em', background: '#fff', color: '#1a1a1a',
      borderLeft: '0.5em solid #8a6d00', boxShadow: '0 0 0.5em rgba(0, 0, 0, 0.4)', font: '0.9rem/1.4 system-ui, sans-serif'
    });
    warningsPanel.id = 'preview-warnings';
    warningsPanel.setAttribute('role', 'status');
    warningsPanel.setAttribute('aria-label', 'Advarsler');
    const title = element('h2', warnings.length === 1 ? '1 advarsel' : warnings.length + ' advarsler',
      {margin: '0 0 0.25em', fontSize: '1.1em'});
    const list = element('ul', '', {paddingLeft: '1.25em', margin: '0'});
    list.replaceChildren(...warnings.map(problemItem));
    const close = element('button', 'Skjul', {font: 'inherit', marginTop: '0.5em'});
    close.type = 'button';
    close.addEventListener('click', () => showWarnings([]));
    warningsPanel.append(title, list, close);
    document.body.appendChild(warningsPanel);
  }

  function hideProblems() {
    if (!overlay) {
      return;
    }
    overlay.backdrop.remove();
    overlay = null;
    if (focusBefore && typeof focusBefore.focus === 'function') {
      focusBefore.focus();
    }
  }

  /* The same line `build` prints: "content/x.adoc:3: fejl: … Ret: …", with the place set apart. */
  function problemItem(problem) {
    const item = element('li', '', {marginBottom: '0.75em'});
    const place = problem.line > 0 ? problem.file + ':' + problem.line : problem.file;
    item.appendChild(element('code', place, {fontWeight: 'bold'}));
    item.appendChild(document.createTextNode(problem.text.slice(place.length)));
    return item;
  }

  function createOverlay() {
    const backdrop = element('div', '', {
      position: 'fixed', top: '0', right: '0', bottom: '0', left: '0', zIndex: '2147483647',
      background: 'rgba(0, 0, 0, 0.6)', overflowY: 'auto', padding: '2em 1em'
    });
    const dialog = element('div', '', {
      maxWidth: '50em', margin: '0 auto', padding: '1.25em 1.5em', background: '#fff', color: '#1a1a1a',
      borderTop: '0.5em solid #b00020', font: '1rem/1.5 system-ui, sans-serif', outline: 'none'
    });
    dialog.id = 'preview-problems';
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'preview-problems-title');
    dialog.setAttribute('aria-describedby', 'preview-problems-intro preview-problems-list');
    dialog.tabIndex = -1;

    const title = element('h2', 'Sitet kan ikke bygges', {margin: '0 0 0.5em', color: '#b00020', fontSize: '1.4em'});
    title.id = 'preview-problems-title';
    const intro = element('p', 'Du ser siden, som den var efter den sidste bygning, der lykkedes. '
      + 'Ret fejlen, og gem filen: Så opdateres siden af sig selv.');
    intro.id = 'preview-problems-intro';
    const list = element('ul', '', {paddingLeft: '1.25em'});
    list.id = 'preview-problems-list';
    /* The same bake's warnings, which alone would not have stopped it, so that nothing it found is hidden. */
    const warnings = element('section', '', {borderTop: '1px solid #8a6d00', marginBottom: '1em'});
    warnings.id = 'preview-problems-warnings';
    const warningsTitle = element('h3', '', {margin: '0.5em 0 0.25em', fontSize: '1.1em'});
    warningsTitle.id = 'preview-problems-warnings-title';
    warnings.setAttribute('aria-labelledby', warningsTitle.id);
    const warningsList = element('ul', '', {paddingLeft: '1.25em'});
    warnings.append(warningsTitle, warningsList);
    const close = element('button', 'Skjul fejlene', {font: 'inherit', padding: '0.25em 1em'});
    close.type = 'button';
    close.addEventListener('click', hideProblems);

    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        hideProblems();
      } else if (event.key === 'Tab') {
        // The button is the dialog's only control: keep the focus inside while it is open.
        event.preventDefault();
        close.focus();
      }
    });
    dialog.append(title, intro, list, warnings, close);
    backdrop.appendChild(dialog);
    return {backdrop: backdrop, dialog: dialog, list: list, warnings: warnings, warningsTitle: warningsTitle,
      warningsList: warningsList};
  }

  function element(name, text, style) {
    const node = document.createElement(name);
    node.textContent = text;
    Object.assign(node.style, style || {});
    return node;
  }
})();
