const rules = new Intl.PluralRules('ru')

/** «1 встреча, 2 встречи, 5 встреч»: a number with its noun in the right Russian form, for texts outside the app's i18n (the consoles). */
export function countRu(n: number, forms: { one: string, few: string, many: string }): string {
  const category = rules.select(n)
  return `${n} ${category === 'one' ? forms.one : category === 'few' ? forms.few : forms.many}`
}
