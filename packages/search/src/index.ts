export { answerQuestion, MAX_ANSWERS, topicOf, type Answer } from './answer-question.js'
export { MemorySearchIndex, TITLE_WEIGHT } from './memory-search-index.js'
export { normalizeText } from './normalize.js'
export { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './query-options.js'
export { queryWords, type QueryWord } from './query-words.js'
export { SearchQueryError } from './search-query-error.js'
export {
  SEARCH_DOCUMENT_TYPES,
  type HighlightSegment,
  type SearchDocument,
  type SearchDocumentType,
  type SearchHit,
  type SearchIndex,
  type SearchIndexStats,
  type SearchQuery,
  type SearchResult,
  type SearchSuggestion,
} from './types.js'
