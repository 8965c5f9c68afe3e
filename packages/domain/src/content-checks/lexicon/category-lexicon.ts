/** One category of the shipped R-NO-ADS lexicon. */
export interface CategoryLexicon {
  /**
   * Phrases that advertise the trade: each blocks submission, except in a sentence about
   * enforcement (`ENFORCEMENT_CUES`), where news and warnings name them too.
   */
  terms: readonly string[]
  /**
   * Words government texts also use (彩票, 比分, 促销, 发票): never reported alone; a keyword
   * chain made of them (`findSeoInjection`) is spam.
   */
  signals: readonly string[]
}
