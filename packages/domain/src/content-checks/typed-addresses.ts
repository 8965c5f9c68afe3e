import { TYPED_ADDRESS_TLDS } from './lexicon/addresses.js'
import { addressFinding } from './links.js'
import { foldForShapes } from './normalize-for-matching.js'
import type { Finding } from './types.js'

// Single spaces may separate the characters (b e t 3 6 5 . c o m); 点, 。, (.) and [dot] stand
// for the dot. Matched on the folded text, so full-width forms (ｘｘｘ．ｃｏｍ) and look-alike
// letters and digits are already plain.
const LABEL = String.raw`[a-z0-9-]{1,63}(?: [a-z0-9](?![a-z0-9]))*`
const DOT = String.raw` ?(?:\.|点|。|\( ?\. ?\)|\[ ?\. ?\]|\(dot\)|\[dot\]| dot ) ?`
const TLD = `(?:${[...TYPED_ADDRESS_TLDS]
  .sort((a, b) => b.length - a.length)
  .map((tld) => tld.split('').join(' ?'))
  .join('|')})`
// Not after @ (an e-mail address is a contact, not a link) nor inside a longer name.
const TYPED_ADDRESS = new RegExp(String.raw`(?<![a-z0-9@.-])(?:https? ?: ?/ ?/ ?)?((?:${LABEL}${DOT})+${TLD})(?![a-z0-9-])(/[!-~]*)?`, 'g')
const DOT_OR_SPACE = new RegExp(`${DOT}| `, 'g')
const WRITTEN_DOT = /[点。]/

/** The web addresses typed in a text: each host (dots restored, spaces removed) and the text as written. */
export function typedAddresses(text: string): { host: string; excerpt: string }[] {
  const folded = foldForShapes(text)
  return [...folded.text.matchAll(TYPED_ADDRESS)].flatMap((match) => {
    const written = match[1]!
    const host = written.replace(DOT_OR_SPACE, (separator) => (separator.trim() === '' ? '' : '.'))
    // 点 and 。 are also ordinary text (9点cn): as a dot they follow a name with a letter.
    if (WRITTEN_DOT.test(written) && !/[a-z]/.test(host.slice(0, host.lastIndexOf('.')))) return []
    const end = match.index + match[0].length
    return [{ host, excerpt: text.slice(folded.originStart[match.index], folded.originEnd[end - 1]) }]
  })
}

/**
 * R-NO-ADS: web addresses typed as plain text (`www.xxx.com`, `xxx.vip`, `xxx点com`,
 * `ｘｘｘ．ｃｏｍ`, spaces inside) are checked like links: a spam host blocks, another host
 * outside government and public institutions is a warning. Each host is reported once, and
 * not at all when it is among `linkedHosts` (the text of a link to it, reported as the link).
 */
export function findTypedAddresses(texts: readonly string[], linkedHosts: ReadonlySet<string | null> = new Set()): Finding[] {
  const findings = new Map<string, Finding>()
  for (const { host, excerpt } of texts.flatMap(typedAddresses)) {
    if (findings.has(host) || linkedHosts.has(host)) continue
    const finding = addressFinding(host, excerpt, '文字中的网址')
    if (finding) findings.set(host, finding)
  }
  return [...findings.values()]
}
