import { CODE_TAB_STORAGE_KEY, CODE_TAB_STYLE_ID, MAX_CODE_TABS } from '../../shared/code-preference'
import { DEFERRED_CODE_ATTRIBUTE, FRAGMENT_PART_SEPARATOR } from '../../shared/page-fragments'

/**
 * A small script for the page `<head>`. It runs before the page is painted and, when the reader
 * chose a code tab earlier, adds a style that shows that tab in every code group that has it, so the
 * first paint already shows the reader's language (no flash of the default tab). Once the app is
 * hydrated, theme/code-preference.ts selects the same tabs for real and removes this style. When
 * the tab shown is one whose code the build deferred (node/markdown/deferred-code.ts), the script
 * fetches that code as soon as the page is parsed, without waiting for the app.
 */
export function restoreCodePreferenceScript(): string {
  const body = `
try {
  var tab = localStorage.getItem(${JSON.stringify(CODE_TAB_STORAGE_KEY)});
  if (tab) {
    var title = '[data-title="' + tab.replace(/["\\\\]/g, '\\\\$&') + '"]';
    var css = '';
    for (var i = 1; i <= ${MAX_CODE_TABS}; i++) {
      var group = '.vp-code-group:has(> .tabs > label:nth-of-type(' + i + ')' + title + ')';
      css += group + ' > .blocks > div { display: none !important; }';
      css += group + ' > .blocks > div:nth-child(' + i + ') { display: block !important; }';
    }
    css += '.vp-code-group:has(> .tabs > label' + title + ') > .tabs > input:checked + label { color: var(--vp-code-tab-text-color) !important; }';
    css += '.vp-code-group:has(> .tabs > label' + title + ') > .tabs > input:checked + label::after { background-color: transparent !important; }';
    css += '.vp-code-group > .tabs > label' + title + ' { color: var(--vp-code-tab-active-text-color) !important; }';
    css += '.vp-code-group > .tabs > label' + title + '::after { background-color: var(--vp-code-tab-active-bar-color) !important; }';
    var style = document.createElement('style');
    style.id = ${JSON.stringify(CODE_TAB_STYLE_ID)};
    style.textContent = css;
    document.head.appendChild(style);
    document.addEventListener('DOMContentLoaded', fillShownCode);
  }
} catch (error) {}
function fillShownCode() {
  var site = window.__VP_SITE_DATA__;
  var base = (site && site.base) || '/';
  var codes = document.querySelectorAll('code[${DEFERRED_CODE_ATTRIBUTE}]');
  var files = {};
  for (var i = 0; i < codes.length; i++) {
    var pre = codes[i].parentElement;
    if (!pre || pre.getClientRects().length === 0) continue;
    var ref = codes[i].getAttribute('${DEFERRED_CODE_ATTRIBUTE}').split('#');
    (files[ref[0]] = files[ref[0]] || []).push([codes[i], Number(ref[1])]);
  }
  Object.keys(files).forEach(function (file) {
    fetch(base + file).then(function (response) {
      return response.ok ? response.text() : '';
    }).then(function (text) {
      var parts = text.split(${JSON.stringify(FRAGMENT_PART_SEPARATOR).replace(/</g, "\\u003c")});
      files[file].forEach(function (target) {
        if (parts[target[1]] === undefined || !target[0].hasAttribute('${DEFERRED_CODE_ATTRIBUTE}')) return;
        target[0].innerHTML = parts[target[1]];
        target[0].removeAttribute('${DEFERRED_CODE_ATTRIBUTE}');
      });
    }).catch(function () {});
  });
}`
  return `(function () {${body}\n})()`
}
