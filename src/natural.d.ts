// natural ships no types for its submodule paths; these are the two we import.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/brill_pos_tagger/lib/Lexicon' {
  class Lexicon {
    constructor(language: string, defaultCategory: string, defaultCategoryCapitalised?: string);
    tagWord(word: string): string[];
  }
  export default Lexicon;
}
declare module 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json' {
  const lexicon: Record<string, string[]>;
  export default lexicon;
}
