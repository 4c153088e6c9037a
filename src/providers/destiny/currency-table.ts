/** The three Destiny 1 currencies whose hashes are fixed by the format. */
export const CurrencyHash = { Glimmer: 3159615086, LegendaryMarks: 2534352370, Silver: 2749350776 } as const;

/** Their names, for answers without definitions. */
export const knownCurrencyNames: Readonly<Record<number, string>> = {
  [CurrencyHash.Glimmer]: 'Glimmer',
  [CurrencyHash.LegendaryMarks]: 'Legendary Marks',
  [CurrencyHash.Silver]: 'Silver',
};
