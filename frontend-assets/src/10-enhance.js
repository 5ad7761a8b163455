// Progressive enhancement only: every page works without this file.
// A second click on a form's submit button while the first submission is on its way is ignored, so a double click
// sends the form once. (The server's one-time form token makes this safe without JavaScript too.) Buttons are only
// marked busy, not disabled: a disabled button would drop its own name and value from the submission.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  if (form.dataset.submitted === 'true') {
    event.preventDefault();
    return;
  }
  form.dataset.submitted = 'true';
  form.querySelectorAll('button[type="submit"]').forEach((button) => button.setAttribute('aria-busy', 'true'));
});
// Coming back with the browser's back button shows the page from cache: let the form be sent again.
window.addEventListener('pageshow', () => {
  document.querySelectorAll('form[data-submitted]').forEach((form) => {
    delete form.dataset.submitted;
    form.querySelectorAll('[aria-busy]').forEach((button) => button.removeAttribute('aria-busy'));
  });
});
// A refused form: move focus to the list of its problems, so a screen reader reads them and Tab reaches the links.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
});
