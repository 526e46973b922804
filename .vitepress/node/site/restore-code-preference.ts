import { CODE_TAB_STORAGE_KEY, CODE_TAB_STYLE_ID, MAX_CODE_TABS } from '../../shared/code-preference'

/**
 * A small script for the page `<head>`. It runs before the page is painted and, when the reader
 * chose a code tab earlier, adds a style that shows that tab in every code group that has it, so the
 * first paint already shows the reader's language (no flash of the default tab). Once the app is
 * hydrated, theme/code-preference.ts selects the same tabs for real and removes this style.
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
  }
} catch (error) {}`
  return `(function () {${body}\n})()`
}
