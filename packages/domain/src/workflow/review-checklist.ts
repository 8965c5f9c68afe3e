/** What a reviewer confirms before approving (R-REVIEW-BEFORE-PUBLISH, 第十三条). */
export const REVIEW_CHECKLIST = {
  compliance: { zh: '合规（符合法律法规和政策）', en: 'Complies with law and policy' },
  wording: { zh: '表述规范（文字、格式规范）', en: 'Wording and format' },
  confidentiality: { zh: '保密审查（不含涉密信息）', en: 'Confidentiality review' },
  noAds: { zh: '无商业广告', en: 'No commercial advertising' },
  noPersonalOpinion: { zh: '无个人观点', en: 'No personal opinion' },
} as const

export type ChecklistItem = keyof typeof REVIEW_CHECKLIST
export const CHECKLIST_ITEMS = Object.keys(REVIEW_CHECKLIST) as ChecklistItem[]
