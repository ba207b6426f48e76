// The stylesheet shows one language at a time from the URL fragment (`#en`, or anything inside
// the English block, is English). This script only keeps <html lang> and the title in step with
// it, and remembers the visitor's choice for the next visit. Without it the page still works.
const STORAGE_KEY = 'aneis-language';
const english = document.getElementById('en');
const portugueseTitle = document.title;
const englishTitle = english?.dataset.title ?? portugueseTitle;

function fragmentTarget() {
  if (location.hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null;
  }
}

function applyLanguage() {
  const target = fragmentTarget();
  const isEnglish = english !== null && target !== null && english.contains(target);
  document.documentElement.lang = isEnglish ? 'en' : 'pt-PT';
  document.title = isEnglish ? englishTitle : portugueseTitle;
}

// Storage can be switched off or full; remembering is a nicety, never a reason to fail.
function remember(language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // nothing to do
  }
}

function remembered() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

for (const link of document.querySelectorAll('[data-language-switch]')) {
  link.addEventListener('click', () => remember(link.dataset.languageSwitch));
}
window.addEventListener('hashchange', applyLanguage);
if (location.hash === '' && remembered() === 'en') location.replace('#en');
applyLanguage();
