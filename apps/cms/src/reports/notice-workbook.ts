import type { ComplianceReportAnswer } from '@govsite/domain'
import ExcelJS from 'exceljs'

import { noticeView } from './notice-rows'

const STATUS_FILL: Readonly<Record<string, string>> = { pass: 'FFE3F4E8', warning: 'FFFFF1D6', fail: 'FFFADBD8' }

type Column = { header: string; key: string; width: number }

/** A sheet with a bold, frozen header row and the given rows. */
function sheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Record<string, unknown>[]): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  worksheet.columns = columns
  worksheet.getRow(1).font = { bold: true }
  worksheet.addRows(rows)
  worksheet.eachRow((row) => (row.alignment = { vertical: 'top', wrapText: true }))
  return worksheet
}

/** The 月检查通报 (or the 季度检查结果) as an xlsx workbook: 通报 (facts and ranking), 单项指标, 不合格网站, 逐日结果. */
export async function noticeWorkbook(answer: ComplianceReportAnswer): Promise<Buffer> {
  const view = noticeView(answer)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'GovSite'
  workbook.created = new Date(answer.generatedAt)

  const summary = workbook.addWorksheet('通报')
  summary.columns = [
    { width: 8 },
    { width: 30 },
    { width: 12 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 12 },
    { width: 12 },
    { width: 48 },
    { width: 48 },
    { width: 12 },
  ]
  summary.addRow([view.title]).font = { bold: true, size: 16 }
  summary.addRow([`检查期间：${view.period}`])
  if (view.definition) summary.addRow([view.definition])
  summary.addRow(view.facts.map((fact) => `${fact.label}：${fact.value}`))
  summary.addRow([])
  const header = summary.addRow([
    '排名',
    '网站名称',
    '类型',
    view.resultLabel,
    '合格天数',
    '预警天数',
    '不合格天数',
    '未检查天数',
    '不合格指标',
    '预警指标',
    '未办结整改',
  ])
  header.font = { bold: true }
  for (const site of view.ranking) {
    const row = summary.addRow([
      site.rank,
      site.name,
      site.kind,
      site.statusLabel,
      site.pass,
      site.warning,
      site.fail,
      site.missing,
      site.failed,
      site.warned,
      site.openOrders,
    ])
    row.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[site.status]! } }
    row.alignment = { vertical: 'top', wrapText: true }
  }
  if (view.notInspected.length > 0) summary.addRow([`${view.periodWord}未检查：${view.notInspected.join('、')}`])
  summary.views = [{ state: 'frozen', ySplit: header.number }]

  sheet(
    workbook,
    '单项指标',
    [
      { header: '指标编号', key: 'id', width: 22 },
      { header: '指标', key: 'title', width: 36 },
      { header: '类别', key: 'kind', width: 10 },
      { header: '不合格网站数', key: 'failedSites', width: 14 },
      { header: '预警网站数', key: 'warnedSites', width: 12 },
      { header: '不合格天次', key: 'failDays', width: 12 },
      { header: '预警天次', key: 'warnDays', width: 10 },
    ],
    view.rules,
  )
  sheet(
    workbook,
    '不合格网站',
    [
      { header: '网站名称', key: 'name', width: 30 },
      { header: '不合格指标', key: 'rules', width: 80 },
      { header: '未办结整改', key: 'openOrders', width: 12 },
    ],
    view.failing.map((site) => ({ ...site, rules: site.rules.join('\n') })),
  )
  sheet(
    workbook,
    '逐日结果',
    [
      { header: '网站名称', key: 'name', width: 30 },
      { header: '日期', key: 'date', width: 12 },
      { header: '结果', key: 'status', width: 10 },
      { header: '不合格指标', key: 'failing', width: 48 },
      { header: '预警指标', key: 'warning', width: 48 },
    ],
    view.daily,
  )
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
