import type { PayloadRequest } from 'payload'

export interface TotpState {
  id: string
  email: string
  name?: string | null
  platformRole?: string | null
  totpEnabled?: boolean | null
  totpSecret?: string | null
  totpPendingSecret?: string | null
  totpLastStep?: number | null
  totpRecoveryCodes?: string[] | null
}

/** The account's two-factor fields, which no API reads (hidden, read access nobody): server code only. */
export async function loadTotpState(req: PayloadRequest, id: string): Promise<TotpState> {
  return (await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })) as unknown as TotpState
}

export async function saveTotpState(req: PayloadRequest, id: string, data: Partial<Omit<TotpState, 'id' | 'email'>>): Promise<void> {
  await req.payload.update({ collection: 'users', id, data: data as Record<string, unknown>, depth: 0, overrideAccess: true, req })
}

/** The platform setting "platform admins must use two-factor sign-in". */
export async function platformAdminsNeedTotp(req: PayloadRequest): Promise<boolean> {
  const settings = await req.payload.findGlobal({ slug: 'account-security', depth: 0, overrideAccess: true, req })
  return Boolean((settings as { requireTotpForPlatformAdmins?: boolean | null }).requireTotpForPlatformAdmins)
}
