import { BareLayout } from './layout.js'

/** A preview link that does not open (tampered, expired, another version, or previews switched off): why, and what to do. */
export function PreviewRefusedPage({ message }: { message: string }) {
  return (
    <BareLayout title="无法预览">
      <h1>无法打开预览</h1>
      <p>{message}</p>
    </BareLayout>
  )
}
