import { formText, h } from '../dom.ts';
import { linkTo, type View } from '../route.ts';

export interface ActorField {
  name: string;
  label: string;
  value: string;
}

/** The actor(s) and date range of the Actor and Dyad views; applying it changes the URL. */
export function actorForm(view: View, fields: readonly ActorField[], params: URLSearchParams): HTMLFormElement {
  const input = (name: string, label: string, value: string, type = 'text') =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: `${view}-${name}` }, label),
      h('input', { id: `${view}-${name}`, name, type, value, autocomplete: 'off', ...(type === 'text' ? { placeholder: 'e.g. KOR' } : {}) }),
    );
  const form = h(
    'form',
    { class: 'filter-bar', 'aria-label': `${view} parameters` },
    fields.map((field) => input(field.name, field.label, field.value)),
    input('from', 'From', params.get('from') ?? '', 'date'),
    input('to', 'To', params.get('to') ?? '', 'date'),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit' }, 'Show')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query: Record<string, string> = {};
    for (const [name, value] of data) query[name] = fields.some((field) => field.name === name) ? formText(value).trim().toUpperCase() : formText(value);
    location.hash = linkTo(view, query);
  });
  return form;
}
