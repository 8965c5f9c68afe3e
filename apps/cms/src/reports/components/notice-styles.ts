/** The printable notice: a plain document on screen, A4 portrait on paper with the controls left out. */
export const NOTICE_CSS = `
.gs-notice { max-width: 960px; margin: 0 auto; padding: 24px 16px 48px; color: #111; background: #fff; font-size: 14px; line-height: 1.7; font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; }
.gs-notice h1 { font-size: 24px; text-align: center; margin: 8px 0 4px; letter-spacing: 1px; }
.gs-notice h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 1px solid #999; padding-bottom: 2px; }
.gs-notice .gs-notice-period { text-align: center; margin: 0 0 16px; }
.gs-notice table { border-collapse: collapse; width: 100%; font-size: 13px; }
.gs-notice th, .gs-notice td { border: 1px solid #777; padding: 4px 6px; vertical-align: top; text-align: left; }
.gs-notice th { background: #f0f0f0; white-space: nowrap; }
.gs-notice td.nowrap { white-space: nowrap; }
.gs-notice td.name { min-width: 9em; }
.gs-notice td.problems { min-width: 16em; }
.gs-notice td.num, .gs-notice th.num { text-align: right; white-space: nowrap; }
.gs-notice tr { break-inside: avoid; }
.gs-notice .gs-notice-facts { display: flex; flex-wrap: wrap; gap: 4px 24px; padding: 0; margin: 0; list-style: none; }
.gs-notice .gs-notice-scroll { overflow-x: auto; }
.gs-notice .gs-notice-status-fail { font-weight: 700; }
.gs-notice-controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; margin-bottom: 16px; font-family: system-ui, sans-serif; }
.gs-notice-controls label { display: flex; flex-direction: column; font-size: 13px; gap: 4px; }
.gs-notice-controls input, .gs-notice-controls select, .gs-notice-controls button, .gs-notice-controls a, .gs-notice-publish button { font: inherit; box-sizing: border-box; height: 38px; padding: 4px 12px; border: 1px solid #999; border-radius: 4px; background: #f5f5f5; color: #111; text-decoration: none; min-height: 36px; display: inline-flex; align-items: center; cursor: pointer; }
.gs-notice-publish { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin-bottom: 16px; font-family: system-ui, sans-serif; }
.gs-notice-publish p { margin: 0; }
.gs-notice-publish a { margin-left: 8px; }
.gs-notice-footer { margin-top: 24px; font-size: 12px; color: #555; text-align: right; }
@media (max-width: 600px) { .gs-notice { padding: 12px 8px 32px; } .gs-notice h1 { font-size: 19px; } .gs-notice table[data-table="ranking"] { min-width: 760px; } }
@page { size: A4 portrait; margin: 15mm 12mm; }
@media print {
  html, body { background: #fff !important; }
  .gs-notice { max-width: none; padding: 0; font-size: 10.5pt; }
  .gs-notice h1 { font-size: 18pt; }
  .gs-notice h2 { font-size: 13pt; break-after: avoid; }
  .gs-notice table { font-size: 9pt; min-width: 0; }
  .gs-notice .gs-notice-scroll { overflow: visible; }
  .gs-notice-controls, .gs-no-print { display: none !important; }
}
`
