import type { Endpoint } from 'payload'

import { submitErrorReportEndpoint } from './error-report-endpoint'
import { messageStatusEndpoint, publicMessageListEndpoint, submitMessageEndpoint } from './message-endpoints'
import { publicSurveyEndpoint, publicSurveyListEndpoint, submitSurveyResponseEndpoint } from './survey-endpoints'

/** `/api/public/*`: the interaction API only the public site calls (docs/interaction.md). */
export const publicEndpoints: Endpoint[] = [
  submitMessageEndpoint,
  publicMessageListEndpoint,
  messageStatusEndpoint,
  publicSurveyListEndpoint,
  publicSurveyEndpoint,
  submitSurveyResponseEndpoint,
  submitErrorReportEndpoint,
]
