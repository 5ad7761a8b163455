// Keyboard use of the staff claim queue: j / k move between claims, Enter opens the focused one.
// Without JavaScript the same links are reachable with Tab.
document.addEventListener('keydown', (event) => {
  const table = document.querySelector('table[data-keyboard-queue]');
  if (!table || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
  if (event.key !== 'j' && event.key !== 'k') return;
  const links = Array.from(table.querySelectorAll('tbody tr td[data-label="Claim"] a'));
  if (links.length === 0) return;
  const current = links.indexOf(document.activeElement);
  const next = event.key === 'j' ? Math.min(current + 1, links.length - 1) : Math.max(current - 1, 0);
  links[current === -1 ? 0 : next].focus();
  event.preventDefault();
});
