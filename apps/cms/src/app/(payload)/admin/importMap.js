import { TotpPanel as TotpPanel_dcc589885c22652c328ac6ee6cf41d04 } from '../../../accounts/totp/admin/totp-panel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { GovSiteEditorClient as GovSiteEditorClient_8cacf19bbcd7470e27c21c1e6638d8ca } from '../../../content/editor/govsite-editor-client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowPanel as WorkflowPanel_46fc174722051f80e5ebc907c8c8ce90 } from '../../../workflow/admin/workflow-panel'
import { HiddenPublishButton as HiddenPublishButton_462eff0a63658a0599920260520261cc } from '../../../workflow/admin/hidden-publish-button'
import { ToFaqButton as ToFaqButton_b05212233316ac4db9910ba0c8a72520 } from '../../../interaction/admin/to-faq-button'
import { SurveyResultsPanel as SurveyResultsPanel_79786f6684ed4a74eff1594cc5f4adcd } from '../../../interaction/admin/survey-results-panel'
import { StateBadgeCell as StateBadgeCell_9a2ff4e78d6c4d79bcec72e6a39f3d82 } from '../../../rectification/admin/state-badge'
import { AdminLinkField as AdminLinkField_337dd9f2dbc5b998eb08e782a60df545 } from '../../../rectification/admin/admin-link'
import { ReviewDeskNavLink as ReviewDeskNavLink_bccafa2690b559754e8f8c2b5e9bbcd7 } from '../../../review-desk/admin/review-desk-nav-link'
import { SupervisionNavLink as SupervisionNavLink_fc1f975b2b8cb95dc79bc86366941bca } from '../../../dashboard/admin/supervision-links'
import { InboxNavLink as InboxNavLink_e827e0305c188c64bd74be11424a1bc3 } from '../../../notifications/admin/inbox-nav-link'
import { SupervisionDashboardLinks as SupervisionDashboardLinks_fc1f975b2b8cb95dc79bc86366941bca } from '../../../dashboard/admin/supervision-links'
import { ReviewQueues as ReviewQueues_e683912b788d7378446cccf5a54f7ed9 } from '../../../workflow/admin/review-queues'
import { InteractionDashboard as InteractionDashboard_42bf426be80351191c19b63bb82e1722 } from '../../../interaction/admin/interaction-dashboard'
import { LoginView as LoginView_c569ca761668e8fc896df3d340cbe84a } from '../../../accounts/totp/admin/login-view'
import { InboxView as InboxView_6640b4c5fbc66f9af952b3ed67d2f85b } from '../../../notifications/admin/inbox-view'
import { ReviewDeskView as ReviewDeskView_1cd3ef3141b86e692fd3f1131e3a2c91 } from '../../../review-desk/admin/review-desk-view'
import { ReportView as ReportView_1a922b42b269347a89e95ddcfde6fa67 } from '../../../reports/admin/report-view'
import { SupervisionView as SupervisionView_83064b8b27ac26ead85ecb30d872b268 } from '../../../dashboard/admin/supervision-view'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/accounts/totp/admin/totp-panel#TotpPanel": TotpPanel_dcc589885c22652c328ac6ee6cf41d04,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/content/editor/govsite-editor-client#GovSiteEditorClient": GovSiteEditorClient_8cacf19bbcd7470e27c21c1e6638d8ca,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/workflow/admin/workflow-panel#WorkflowPanel": WorkflowPanel_46fc174722051f80e5ebc907c8c8ce90,
  "/workflow/admin/hidden-publish-button#HiddenPublishButton": HiddenPublishButton_462eff0a63658a0599920260520261cc,
  "/interaction/admin/to-faq-button#ToFaqButton": ToFaqButton_b05212233316ac4db9910ba0c8a72520,
  "/interaction/admin/survey-results-panel#SurveyResultsPanel": SurveyResultsPanel_79786f6684ed4a74eff1594cc5f4adcd,
  "/rectification/admin/state-badge#StateBadgeCell": StateBadgeCell_9a2ff4e78d6c4d79bcec72e6a39f3d82,
  "/rectification/admin/admin-link#AdminLinkField": AdminLinkField_337dd9f2dbc5b998eb08e782a60df545,
  "/review-desk/admin/review-desk-nav-link#ReviewDeskNavLink": ReviewDeskNavLink_bccafa2690b559754e8f8c2b5e9bbcd7,
  "/dashboard/admin/supervision-links#SupervisionNavLink": SupervisionNavLink_fc1f975b2b8cb95dc79bc86366941bca,
  "/notifications/admin/inbox-nav-link#InboxNavLink": InboxNavLink_e827e0305c188c64bd74be11424a1bc3,
  "/dashboard/admin/supervision-links#SupervisionDashboardLinks": SupervisionDashboardLinks_fc1f975b2b8cb95dc79bc86366941bca,
  "/workflow/admin/review-queues#ReviewQueues": ReviewQueues_e683912b788d7378446cccf5a54f7ed9,
  "/interaction/admin/interaction-dashboard#InteractionDashboard": InteractionDashboard_42bf426be80351191c19b63bb82e1722,
  "/accounts/totp/admin/login-view#LoginView": LoginView_c569ca761668e8fc896df3d340cbe84a,
  "/notifications/admin/inbox-view#InboxView": InboxView_6640b4c5fbc66f9af952b3ed67d2f85b,
  "/review-desk/admin/review-desk-view#ReviewDeskView": ReviewDeskView_1cd3ef3141b86e692fd3f1131e3a2c91,
  "/reports/admin/report-view#ReportView": ReportView_1a922b42b269347a89e95ddcfde6fa67,
  "/dashboard/admin/supervision-view#SupervisionView": SupervisionView_83064b8b27ac26ead85ecb30d872b268,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
