/** Refusals of renovations, papers and release slips (messages: `error.CODE`). */
export const PERMITS_ERROR_CODES = [
  /** The step does not follow from where the renovation stands (`{number}`, `{status}`, `{action}`). */
  'RENOVATION_STATE',
  /** The applicant is no current owner of the room, nor an agent whose power of attorney covers today. */
  'APPLICANT_NOT_VERIFIED',
  /** The permit cannot be issued yet: `{blockers}` lists what is missing. */
  'PERMIT_BLOCKED',
  /** Charging needs the settings to name the garbage-fee and deposit items (设置 → 证件). */
  'PERMIT_FEE_ITEM_UNSET',
  /** Completion needs every paper back: `{papers}` lists those still out. */
  'PAPERS_OUT',
  /** The paper is not in a state that allows the step (`{number}`, `{standing}`). */
  'PAPER_STATE',
  /** A tenant's release needs the owner's consent on record. */
  'RELEASE_CONSENT_REQUIRED',
  /** The release applicant is not who the kind says (an owner, a tenant of the room, a company's representative). */
  'RELEASE_APPLICANT',
  /** A release slip can be confirmed once: `{at}`, `{by}`. */
  'SLIP_ALREADY_USED'
] as const
