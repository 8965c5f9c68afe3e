import { SURVEY_QUESTION_KIND_LABELS, SURVEY_QUESTION_KINDS } from '@govsite/domain'
import type { CollectionConfig } from 'payload'

import { onSurveyPublish, validateSurvey } from '../interaction/survey-hooks'
import { surveyResultsEndpoint } from '../interaction/survey-results-endpoint'
import { publishableCollection } from '../workflow/publishable-collection'
import { scoped } from '../access/relationship-scope'

/** 征集调查 (R-SURVEY-1M): published through the workflow; the results report too, within a month of closing. */
export const Surveys: CollectionConfig = publishableCollection(
  {
    slug: 'surveys',
    labels: { singular: { zh: '征集调查', en: 'Survey' }, plural: { zh: '征集调查', en: 'Surveys' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'site', 'opensAt', 'closesAt', 'resultsDueDate', 'resultsPublishedAt', 'reviewState', '_status'],
      group: { zh: '互动交流', en: 'Interaction' },
    },
    hooks: { beforeChange: [validateSurvey] },
    endpoints: [surveyResultsEndpoint],
    fields: [
      { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
      { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, custom: scoped('own-site'), label: { zh: '站点', en: 'Site' } },
      { name: 'description', type: 'richText', label: { zh: '说明', en: 'Description' } },
      {
        type: 'row',
        fields: [
          {
            name: 'opensAt',
            type: 'date',
            required: true,
            index: true,
            label: { zh: '开始时间', en: 'Opens at' },
            admin: { date: { pickerAppearance: 'dayAndTime' } },
          },
          {
            name: 'closesAt',
            type: 'date',
            required: true,
            index: true,
            label: { zh: '截止时间', en: 'Closes at' },
            admin: { date: { pickerAppearance: 'dayAndTime' } },
          },
        ],
      },
      {
        name: 'questions',
        type: 'array',
        minRows: 1,
        label: { zh: '问题', en: 'Questions' },
        labels: { singular: { zh: '问题', en: 'Question' }, plural: { zh: '问题', en: 'Questions' } },
        fields: [
          { name: 'label', type: 'text', required: true, label: { zh: '题目', en: 'Question' } },
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                type: 'select',
                required: true,
                defaultValue: 'single',
                label: { zh: '题型', en: 'Kind' },
                options: SURVEY_QUESTION_KINDS.map((value) => ({ value, label: SURVEY_QUESTION_KIND_LABELS[value] })),
              },
              { name: 'required', type: 'checkbox', defaultValue: false, label: { zh: '必答', en: 'Required' } },
            ],
          },
          {
            name: 'options',
            type: 'array',
            label: { zh: '选项', en: 'Options' },
            labels: { singular: { zh: '选项', en: 'Option' }, plural: { zh: '选项', en: 'Options' } },
            admin: { condition: (_data, sibling) => sibling?.kind !== 'text' },
            fields: [{ name: 'label', type: 'text', required: true, label: { zh: '选项', en: 'Option' } }],
          },
        ],
      },
      {
        name: 'results',
        type: 'ui',
        label: { zh: '实时结果', en: 'Live results' },
        admin: { components: { Field: '/interaction/admin/survey-results-panel#SurveyResultsPanel' } },
      },
      { name: 'resultsReport', type: 'richText', label: { zh: '结果报告', en: 'Results report' } },
      {
        type: 'row',
        fields: [
          {
            name: 'resultsDueDate',
            type: 'text',
            index: true,
            label: { zh: '结果公布期限', en: 'Results due' },
            admin: { readOnly: true, description: { zh: '截止日期后 1 个自然月内（北京时间）', en: 'Close date + 1 month' } },
          },
          {
            name: 'resultsPublishedAt',
            type: 'date',
            index: true,
            label: { zh: '结果公布时间', en: 'Results published' },
            admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          },
        ],
      },
    ],
  },
  {
    systemFields: ['resultsPublishedAt'],
    onPublish: onSurveyPublish,
  },
)
