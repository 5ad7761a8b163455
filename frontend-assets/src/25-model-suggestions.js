// The staff queue's model number field: suggests up to 20 model numbers starting with what staff type, asked from
// the field's data-suggest address. Without JavaScript the typed number is resolved when the filters are applied.
document.querySelectorAll('input[data-suggest][list]').forEach((input) => {
  const list = document.getElementById(input.getAttribute('list'));
  if (!list) return;
  let timer;
  let asked = '';
  const suggest = async () => {
    const text = input.value.trim();
    if (text.length < 2 || text === asked) return;
    asked = text;
    const address = new URL(input.dataset.suggest, window.location.href);
    address.searchParams.set('q', text);
    const manufacturer = input.form ? input.form.elements.namedItem('manufacturer') : null;
    if (manufacturer && manufacturer.value) address.searchParams.set('manufacturer', manufacturer.value);
    try {
      const response = await fetch(address, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok || input.value.trim() !== text) return;
      const models = await response.json();
      list.replaceChildren(...models.map((model) => {
        const option = document.createElement('option');
        option.value = model.number;
        option.label = `${model.manufacturer} · ${model.name}`;
        return option;
      }));
    } catch (error) {
      asked = '';
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
});
