/** @internal The report's stylesheet: A4 print, phone-width reading, no web fonts (nothing is fetched). */
export const REPORT_CSS: string = `
:root { --ink: #1b2430; --muted: #5b6675; --line: #d5dbe3; --brand: #0b4f8a; --plan: #c9d7e6; --done: #0b4f8a;
  --national: #0b4f8a; --local: #2e8b57; --counterpart: #d08c1f; --other: #8a8f98; --error: #b3261e; --warning: #a15c00; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #f3f5f8; font: 15px/1.5 "Times New Roman", "Noto Serif", "DejaVu Serif", serif; }
main { max-width: 1000px; margin: 0 auto; background: #fff; padding: 28px 36px 40px; }
.letterhead { display: flex; justify-content: space-between; gap: 16px; text-align: center; font-size: 14px; }
.letterhead .agency { font-weight: bold; text-transform: uppercase; }
.letterhead .motto strong { display: block; text-transform: uppercase; }
.letterhead .motto span { border-bottom: 1px solid var(--ink); font-weight: bold; }
h1 { text-align: center; font-size: 22px; margin: 26px 0 4px; text-transform: uppercase; letter-spacing: .02em; }
.subtitle { text-align: center; color: var(--muted); margin: 0 0 20px; font-style: italic; }
h2 { font-size: 17px; color: var(--brand); border-bottom: 2px solid var(--brand); padding-bottom: 4px; margin: 30px 0 12px; page-break-after: avoid; }
.sources { text-align: center; color: var(--muted); font-size: 13px; margin: -12px 0 18px; overflow-wrap: anywhere; }
.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 10px; margin: 10px 0 6px; }
.card { border: 1px solid var(--line); border-left: 4px solid var(--brand); padding: 8px 12px; border-radius: 4px; }
.card .k { color: var(--muted); font-size: 13px; }
.card .v { font-size: 19px; font-weight: bold; font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
.card.alert { border-left-color: var(--error); }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
th, td { border: 1px solid var(--line); padding: 5px 8px; vertical-align: top; }
th { background: #eef2f7; text-align: left; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.empty, .note { color: var(--muted); font-style: italic; }
.notice { border: 1px solid var(--warning); background: #fff6e5; padding: 8px 12px; border-radius: 4px; font-weight: bold; }
.rows, .counts { text-align: center; margin: 0 0 14px; }
.finding-group { margin: 16px 0 20px; break-inside: avoid-page; }
.finding-group h3 { font-size: 15px; margin: 0 0 4px; }
.finding-group .sev { text-transform: uppercase; font-size: 12px; letter-spacing: .04em; }
.finding-group.sev-error .sev { color: var(--error); }
.finding-group.sev-warning .sev { color: var(--warning); }
.finding-group .pattern { margin: 0 0 8px; color: var(--muted); }
code.code { font-size: 11px; color: var(--muted); font-weight: normal; margin-left: 6px; }
figure { margin: 6px 0 14px; break-inside: avoid; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
svg.chart { width: 100%; height: auto; font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 12px; }
svg .bar-plan { fill: var(--plan); }
svg .bar-implied { fill: #fff; stroke: #7d95b0; stroke-dasharray: 4 3; }
svg .bar-achieved { fill: var(--done); }
svg .bar-label { fill: var(--ink); font-weight: 600; }
svg .bar-value, svg .legend { fill: var(--muted); }
svg .seg-national { fill: var(--national); } svg .seg-local { fill: var(--local); }
svg .seg-counterpart { fill: var(--counterpart); } svg .seg-other { fill: var(--other); }
svg .seg-label { fill: #fff; font-weight: bold; }
footer { margin-top: 36px; display: flex; justify-content: space-between; gap: 20px; font-size: 13px; color: var(--muted); }
footer .sign { text-align: center; min-width: 220px; color: var(--ink); }
footer .sign strong { display: block; text-transform: uppercase; margin-bottom: 60px; }
@media (max-width: 640px) {
  main { padding: 16px 12px; }
  .letterhead { flex-direction: column; }
  h1 { font-size: 18px; }
  table { font-size: 12.5px; }
  figure { overflow-x: auto; }
  svg.chart { min-width: 560px; }
}
@media print {
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  @page { size: A4; margin: 16mm 14mm; }
  tr, figure, .card { break-inside: avoid; }
  .scroll { overflow: visible; }
}
`;
