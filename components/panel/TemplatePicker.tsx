import { useState } from 'preact/hooks';
import type { Template } from '../../lib/templates/types';
import { categoryName } from './labels';
import { t, uiLang } from '../../lib/i18n/core';
import { localized } from './localized';

function matches(template: Template, query: string): boolean {
  if (!query) return true;
  const haystack = [
    template.title.id,
    template.title.en ?? '',
    template.description?.id ?? '',
    template.description?.en ?? '',
    template.category,
    ...(template.tags ?? []),
  ]
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function TemplatePicker({
  templates,
  favourites,
  onChoose,
}: {
  templates: readonly Template[];
  favourites: readonly string[];
  onChoose(id: string): void;
}) {
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const categories = [...new Set(templates.map((x) => x.category))].sort();
  const visible = templates
    .filter((x) => (category ? x.category === category : true) && matches(x, query))
    .sort((a, b) => Number(favourites.includes(b.id)) - Number(favourites.includes(a.id)));
  const lang = uiLang.value;
  return (
    <div class="picker">
      <label class="field">
        <span>{t('templatesSearch')}</span>
        <input
          type="search"
          data-action="search-templates"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('templatesCategory')}</span>
        <select value={category} onChange={(event) => setCategory(event.currentTarget.value)}>
          <option value="">{t('templatesAllCategories')}</option>
          {categories.map((c) => (
            <option value={c} key={c}>
              {categoryName(c, t)}
            </option>
          ))}
        </select>
      </label>
      {visible.length === 0 ? (
        <p class="empty">{t('templatesNone')}</p>
      ) : (
        <ul class="picker__list">
          {visible.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                class="picker__item"
                data-template-id={template.id}
                onClick={() => onChoose(template.id)}
              >
                <span class="picker__title">
                  {favourites.includes(template.id) ? <span aria-label={t('templatesFavourites')}>★ </span> : null}
                  {localized(template.title, lang)}
                </span>
                {template.description ? (
                  <span class="picker__description">{localized(template.description, lang)}</span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
