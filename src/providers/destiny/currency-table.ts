/** The three Destiny 1 currencies whose hashes are fixed by the format, named for answers without definitions. */
export const knownCurrencyNames: Readonly<Record<number, string>> = {
  3159615086: 'Glimmer',
  2534352370: 'Legendary Marks',
  2749350776: 'Silver',
};
