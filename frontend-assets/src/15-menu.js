// Phone header menu: the links fold behind a Menu button on narrow screens (CSS decides the width).
document.addEventListener('DOMContentLoaded', () => {
  const header = document.querySelector('.site-header');
  const button = header && header.querySelector('.menu-button');
  if (!button) return;
  header.classList.add('menu-ready');
  button.addEventListener('click', () => {
    const open = header.classList.toggle('open');
    button.setAttribute('aria-expanded', String(open));
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && header.classList.contains('open')) {
      header.classList.remove('open');
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }
  });
});
