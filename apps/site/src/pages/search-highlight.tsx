export type HighlightSegments = readonly { text: string; match: boolean }[]

/** Text with the CMS's matched pieces in <mark>; React escapes every piece, so no markup gets through. */
export function Highlighted({ segments }: { segments: HighlightSegments }) {
  return <>{segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}</>
}
