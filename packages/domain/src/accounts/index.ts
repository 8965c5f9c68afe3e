// A separate entry point (`@govsite/domain/accounts`): the common-password list is large, and
// only the CMS needs it, so the public site does not load it with the rest of the domain.
export { checkPasswordPolicy, PASSWORD_MIN_LENGTH, type PasswordPolicyIssue } from './password-policy.js'
