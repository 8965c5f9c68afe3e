/** Where the 党政机关网站标识 is verified (the 中央编办 registry of government websites). */
export const DZJG_VERIFY_URL = 'https://bszs.conac.cn/'

/**
 * R-SITE-IDENT: the 党政机关网站标识 in the footer, linked to its verification service. Our own
 * inline SVG (the page's CSP allows no external images), not a copy of the official artwork.
 */
export function DzjgBadge() {
  return (
    <a className="dzjg" data-slot="dzjg" href={DZJG_VERIFY_URL} rel="noopener noreferrer" target="_blank" aria-label="党政机关网站标识（点击核实）">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 56 64" width="56" height="64" aria-hidden="true" focusable="false">
        <rect x="1" y="1" width="54" height="62" rx="6" fill="#c8161d" stroke="#fff" strokeWidth="2" />
        <circle cx="28" cy="17" r="9" fill="none" stroke="#ffd200" strokeWidth="2.5" />
        <path d="M28 11l1.8 4h4.2l-3.4 2.6 1.3 4.2-3.9-2.5-3.9 2.5 1.3-4.2-3.4-2.6h4.2z" fill="#ffd200" />
        <text x="28" y="42" fill="#fff" fontSize="11" fontWeight="700" textAnchor="middle">
          党政
        </text>
        <text x="28" y="56" fill="#fff" fontSize="11" fontWeight="700" textAnchor="middle">
          机关
        </text>
      </svg>
    </a>
  )
}
