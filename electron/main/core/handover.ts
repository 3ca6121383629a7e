import type Database from 'better-sqlite3'
import type { HandoverSection, HandoverWindow } from '../../../shared/handover/sections'

/**
 * What a capability contributes to the handover (交接班) through its definition: fees the money,
 * keys the key count, the others their open matters (shared/handover/sections.ts). The handover
 * capability calls every provider for the summary and again, in the handover's own transaction,
 * for the sheet it stores — so what is signed is what the data said at that moment. A provider
 * reads only its own tables and returns quickly (the whole summary has a 50 ms budget).
 */
export type HandoverProvider = (db: Database.Database, window: HandoverWindow) => HandoverSection[]
