export { cleanPastedHtml, type CleanedPaste } from './clean-pasted-html.js'
export { EDITOR_STATES, hasFirstLineIndent, TABLE_CAPTION_MAX_LENGTH, tableCaption } from './editor-states.js'
