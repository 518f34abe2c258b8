/**
 * Text as the search compares it. Unicode decomposition (and so SQLite's `remove_diacritics`) folds "Č" to "c" and
 * "é" to "e", but not letters that are letters of their own: the Turkish dotless ı, the Polish ł, the Scandinavian
 * ø and æ, the Croatian đ, the German ß. Names of betrokkenen are written with them ("Yılmaz", "Łukasz", "Søren",
 * "Đorđević", "Straße"), and a coordinator types them without: these are folded to what a Dutch keyboard writes.
 */
const LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'TH',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
};

const FOLDED = new RegExp(`[${Object.keys(LETTERS_WITHOUT_DECOMPOSITION).join('')}]`, 'gu');

/**
 * NFKC (the ligature "Ĳ" becomes "IJ") and the letters above replaced; case and the diacritics that do decompose are
 * left to the comparison (SQLite's tokenizer, or the viewer's own).
 */
export function foldLettersForSearch(text: string): string {
  return text.normalize('NFKC').replace(FOLDED, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter]!);
}
