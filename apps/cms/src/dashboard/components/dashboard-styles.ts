/** The supervision views' styles, on Payload's theme variables (with fallbacks for pages outside the admin). */
export const DASHBOARD_CSS = `
.gs-sv { color: var(--theme-elevation-800, #222); font-size: 14px; line-height: 1.6; padding-bottom: 48px; }
.gs-sv h1 { font-size: 24px; margin: 0 0 4px; }
.gs-sv h2 { font-size: 18px; margin: 28px 0 10px; }
.gs-sv h3 { font-size: 16px; margin: 0; }
.gs-sv a { color: var(--theme-success-750, #0b5cad); }
.gs-sv-muted { color: var(--theme-elevation-550, #666); }
.gs-sv-toolbar { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: flex-end; margin: 16px 0; }
.gs-sv-toolbar label { display: flex; flex-direction: column; gap: 4px; font-size: 13px; }
.gs-sv-toolbar input, .gs-sv-toolbar select, .gs-sv-button { font: inherit; box-sizing: border-box; height: 38px; padding: 4px 10px; border: 1px solid var(--theme-elevation-250, #bbb); border-radius: 4px; background: var(--theme-input-bg, #fff); color: inherit; min-height: 36px; }
.gs-sv-button { cursor: pointer; background: var(--theme-elevation-100, #f3f3f3); text-decoration: none; display: inline-flex; align-items: center; }
.gs-sv-totals { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; padding: 0; list-style: none; }
.gs-sv-totals li { border: 1px solid var(--theme-elevation-150, #ddd); border-radius: 6px; padding: 8px 16px; flex: 0 1 140px; min-width: 0; }
.gs-sv-totals strong { font-size: 22px; display: block; }
.gs-sv-badge { display: inline-block; padding: 1px 10px; border-radius: 999px; font-size: 13px; font-weight: 600; white-space: nowrap; border: 1px solid; }
.gs-sv-pass { color: #1b6b30; background: #e3f4e8; border-color: #9fd3ae; }
.gs-sv-warning { color: #7a4d00; background: #fff1d6; border-color: #f0c36b; }
.gs-sv-fail { color: #a1231b; background: #fadbd8; border-color: #ec9a93; }
.gs-sv-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
.gs-sv-table { border-collapse: collapse; width: 100%; min-width: 640px; }
.gs-sv-table th, .gs-sv-table td { border-bottom: 1px solid var(--theme-elevation-150, #ddd); padding: 8px 10px; text-align: left; vertical-align: top; }
.gs-sv-table th { background: var(--theme-elevation-50, #f7f7f7); font-weight: 600; white-space: nowrap; }
.gs-sv-table th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
.gs-sv-table td.gs-sv-num, .gs-sv-table th.gs-sv-num { text-align: right; white-space: nowrap; }
.gs-sv-rules { margin: 0; padding-left: 18px; }
.gs-sv-rule { border: 1px solid var(--theme-elevation-150, #ddd); border-left-width: 5px; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.gs-sv-rule.gs-sv-rule-fail { border-left-color: #c0392b; }
.gs-sv-rule.gs-sv-rule-warning { border-left-color: #e0a100; }
.gs-sv-rule.gs-sv-rule-pass { border-left-color: #3c9a5a; }
.gs-sv-rule-head { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; }
.gs-sv-rule-id { font-family: ui-monospace, monospace; font-size: 12px; color: var(--theme-elevation-550, #666); }
.gs-sv-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
.gs-sv-facts dt { color: var(--theme-elevation-550, #666); }
.gs-sv-facts dd { margin: 0; }
.gs-sv-forecast { margin: 6px 0; padding: 6px 10px; background: var(--theme-warning-100, #fff7e6); border-radius: 4px; }
.gs-sv-forecast ul { margin: 0; padding-left: 18px; }
.gs-sv-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); gap: 16px 24px; }
.gs-sv-chart { border: 1px solid var(--theme-elevation-150, #ddd); border-radius: 6px; padding: 12px; min-width: 0; }
.gs-sv-chart svg { width: 100%; max-width: 520px; height: auto; display: block; }
.gs-sv-chart p { margin: 4px 0 8px; }
.gs-sv-chart details { margin-top: 8px; font-size: 13px; }
.gs-sv-error { border: 1px solid #ec9a93; background: #fadbd8; color: #7d1a13; padding: 12px; border-radius: 4px; }
@media (max-width: 600px) {
  .gs-sv h1 { font-size: 20px; }
  .gs-sv-totals li { padding: 6px 10px; flex: 1 1 0; }
  /* Narrow screens: each row becomes a card of "label value" lines. */
  .gs-sv-table { min-width: 0 !important; }
  .gs-sv-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .gs-sv-table tr { display: block; border: 1px solid var(--theme-elevation-150, #ddd); border-radius: 6px; margin: 8px 0; padding: 4px 10px; }
  .gs-sv-table td { display: grid; grid-template-columns: 6.5em minmax(0, 1fr); gap: 8px; border: 0; padding: 3px 0; }
  .gs-sv-table td::before { content: attr(data-label); color: var(--theme-elevation-550, #666); }
  .gs-sv-table td.gs-sv-num { text-align: left; }
  .gs-sv-table caption { display: block; }
}
`
