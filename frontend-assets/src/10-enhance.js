// Progressive enhancement only: every page works without this file.
// Disables a form's submit buttons once it is sent, so a double click sends it once.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.dataset.submitted === 'true') {
    if (form instanceof HTMLFormElement && form.dataset.submitted === 'true') event.preventDefault();
    return;
  }
  form.dataset.submitted = 'true';
  form.querySelectorAll('button[type="submit"], input[type="submit"]').forEach((button) => {
    button.setAttribute('disabled', 'disabled');
  });
});
