// Filter forms marked data-apply-on-change apply a choice at once; their Apply button stays for use without
// JavaScript and for typed fields.
document.addEventListener('change', (event) => {
  const field = event.target;
  if (!(field instanceof HTMLSelectElement)) return;
  const form = field.closest('form[data-apply-on-change]');
  if (form) form.requestSubmit();
});
