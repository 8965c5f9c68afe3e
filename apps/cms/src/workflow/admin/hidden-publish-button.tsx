/** Payload's own Publish button would bypass review; publishing happens in the workflow panel. */
export function HiddenPublishButton() {
  return null
}
