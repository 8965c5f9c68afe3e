/**
 * The whole stylesheet, inlined in every page (small, no extra request). Fluid widths and wrapping
 * keep 360 / 768 / 1280 px free of horizontal scrolling; mourning mode greys the whole page.
 */
export const SITE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
html.mourning{filter:grayscale(100%)}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:16px;line-height:1.7;color:#1f1f1f;background:#f5f6f8;overflow-wrap:anywhere}
a{color:#0b4a9e}
a:hover{color:#b0161d}
:focus-visible{outline:3px solid #f0a000;outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip-link{position:absolute;left:-9999px;top:0;background:#fff;padding:8px 12px;z-index:10}
.skip-link:focus{left:8px}
.wrap{max-width:1200px;margin:0 auto;padding:0 16px}
.preview-banner{margin:0;padding:8px 16px;background:#fff1d6;color:#5c3b00;border-bottom:2px solid #f0c36b;text-align:center;font-weight:600}
.site-header{background:#b0161d;color:#fff}
.site-header .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;padding-top:16px;padding-bottom:16px}
.site-name{color:#fff;text-decoration:none;font-size:1.5rem;font-weight:700}
.site-name:hover{color:#fff}
.search-form{display:flex;gap:4px;max-width:100%}
.search-form input{min-width:0;width:14em;max-width:60vw;padding:6px 8px;border:1px solid #767676;border-radius:2px;font:inherit}
.search-form button{padding:6px 12px;border:0;border-radius:2px;background:#1f1f1f;color:#fff;font:inherit;cursor:pointer}
.site-nav{background:#8e1016}
.site-nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.site-nav a{display:block;padding:10px 14px;color:#fff;text-decoration:none}
.site-nav a:hover,.site-nav a[aria-current]{background:#6d0c11;color:#fff}
main{display:block;padding:16px 0 32px}
main .wrap{background:#fff;padding-top:16px;padding-bottom:16px}
h1{font-size:1.6rem;line-height:1.4;margin:8px 0 16px}
h2{font-size:1.25rem;margin:0 0 8px;border-bottom:2px solid #b0161d;padding-bottom:4px}
.breadcrumb{font-size:.9rem;color:#555;margin:0 0 8px}
.pinned{border:2px solid #b0161d;background:#fff6f6;padding:12px 16px;margin:0 0 16px}
.pinned h2{border:0;color:#b0161d}
.sections{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,320px),1fr));gap:16px 24px}
.section{min-width:0}
.item-list{list-style:none;margin:0;padding:0}
.item-list li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 12px;padding:6px 0;border-bottom:1px dashed #ddd}
.item-list time{color:#555;font-size:.9rem;white-space:nowrap}
.more{font-size:.9rem}
.meta-line{color:#555;font-size:.95rem;display:flex;flex-wrap:wrap;gap:4px 16px;border-bottom:1px solid #ddd;padding-bottom:8px}
.rich-text img,.rich-text video{max-width:100%;height:auto}
.rich-text pre{white-space:pre-wrap}
.rich-text .rt-table-wrap{overflow-x:auto;max-width:100%;margin:0 0 16px}
.rich-text .rt-table{border-collapse:collapse;min-width:100%}
.rich-text .rt-table caption{font-weight:600;padding:0 0 6px;text-align:center}
.rich-text .rt-table th,.rich-text .rt-table td{border:1px solid #ccc;padding:6px 8px;vertical-align:top}
.rich-text .rt-table th{background:#f0f2f5;font-weight:600}
.rich-text .rt-table p{margin:0}
.rich-text .rt-align-center{text-align:center}
.rich-text .rt-align-right{text-align:right}
.rich-text .rt-align-justify{text-align:justify}
.rich-text .rt-indent{text-indent:2em}
.rich-text li.rt-nested{list-style:none;counter-increment:list-item 0}
.rich-text .rt-file{overflow-wrap:anywhere}
.meta-table{width:100%;border-collapse:collapse;margin:0 0 16px;table-layout:fixed}
.meta-table th,.meta-table td{border:1px solid #ccc;padding:6px 8px;text-align:left;vertical-align:top}
.meta-table th{background:#f0f2f5;width:7em;font-weight:600}
@media (max-width:600px){.meta-table th,.meta-table td{display:block;width:auto}.meta-table th{border-bottom:0}}
.validity-banner{border:2px solid #b35c00;background:#fff4e5;color:#5c2e00;padding:12px 16px;margin:0 0 16px;font-weight:600}
.pager{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:16px 0 0}
.site-footer{background:#2b2b2b;color:#eee;font-size:.9rem;padding:16px 0 24px}
.site-footer a{color:#fff}
.site-footer p{margin:4px 0}
.site-footer .identity{display:flex;flex-wrap:wrap;gap:4px 16px}
.site-footer .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:8px 24px}
.site-footer .identities{flex:1 1 20em;min-width:0}
.dzjg{display:inline-block;line-height:0}
.dzjg svg{display:block}
.error-page{text-align:center;padding:48px 16px}
.article-tools{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center;margin:8px 0 16px;font-size:.9rem}
.article-tools a[aria-current]{font-weight:700;text-decoration:none}
.qr-code{margin:0;text-align:center;font-size:.8rem}
.qr-code img{display:block;margin:0 auto;background:#fff}
html.fs-l body{font-size:20px}
html.fs-s body{font-size:14px}
html.care body{font-size:22px;line-height:1.9;color:#000;background:#fff}
html.care a{color:#0000b3;text-decoration:underline}
html.care .site-footer{background:#000;color:#fff}
.field{margin:0 0 16px;border:0;padding:0;min-width:0}
.field label,.field legend{display:block;font-weight:600;margin:0 0 4px;padding:0}
.field .choice{display:inline-flex;align-items:center;gap:4px;font-weight:400;margin:0 16px 4px 0}
.field input[type=text],.field input[type=tel],.field input[type=email],.field input[type=url],.field input[type=search],.field textarea{width:100%;max-width:40em;padding:6px 8px;border:1px solid #767676;border-radius:2px;font:inherit}
.field.has-error input,.field.has-error textarea{border:2px solid #b0161d}
.field.has-error{border-left:4px solid #b0161d;padding-left:8px}
.required,.hint-inline{font-weight:400;color:#555}
.hint{color:#555;font-size:.9rem;margin:0 0 4px}
.field-error{color:#b0161d;font-weight:600;margin:0 0 4px}
.public-form button,.qa-box button{padding:8px 20px;border:0;border-radius:2px;background:#b0161d;color:#fff;font:inherit;cursor:pointer}
.error-summary{border:3px solid #b0161d;padding:8px 16px;margin:0 0 16px}
.error-summary h2{border:0}
.form-notice{border-left:6px solid #0b4a9e;background:#eef4fb;padding:8px 16px;margin:0 0 16px}
.form-notice.error{border-color:#b0161d;background:#fff6f6}
.form-notice.success{border-color:#1d6b2f;background:#f0f8f1}
.form-notice h2{border:0}
.tracking-code{font-size:1.4rem;letter-spacing:.1em;font-family:monospace}
.hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.qa-box{margin:0 0 12px}
.qa-box label{display:block;font-weight:600}
.qa-row{display:flex;gap:4px;max-width:100%}
.qa-row input{min-width:0;flex:1;padding:6px 8px;border:1px solid #767676;border-radius:2px;font:inherit}
.interaction-links{list-style:none;margin:0 0 8px;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}
.interaction-links a[aria-current]{font-weight:700;text-decoration:none}
.interaction-nav{margin-top:32px}
.answered-message{border-bottom:1px solid #ddd;padding:0 0 16px;margin:0 0 16px}
.answered-message h2{border:0}
.message-content{white-space:pre-wrap}
.tag,.state{display:inline-block;font-size:.8rem;font-weight:400;border:1px solid #767676;border-radius:2px;padding:0 4px;margin-right:6px}
.survey-list .period{color:#555;font-size:.9rem}
mark{background:#fff0a6;color:inherit}
@media print{
.skip-link,.search-form,.site-nav,nav,.article-tools,.pager,.site-footer .dzjg{display:none!important}
body{background:#fff;color:#000;font-size:12pt}
.rich-text a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt}
}
`
