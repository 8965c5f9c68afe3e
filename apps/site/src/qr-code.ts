import QRCode from 'qrcode'

/** 扫一扫在手机打开当前页: the page address as a server-rendered SVG QR code, as a data URI. */
export async function qrCodeDataUri(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
