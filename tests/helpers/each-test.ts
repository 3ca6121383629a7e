import { afterEach, beforeEach } from 'vitest'
import { tempDir } from './core'

/**
 * A fresh world for each test of the calling file: `setUp` builds it in a new temporary folder
 * before the test and `use` hands it to the file's variables (and may add to it); after the test
 * its core is closed and the folder removed, whether the test passed or not. Call it at the top
 * level of a test file, where vitest collects hooks.
 */
export function eachTest<T extends { core: { close(): void } }>(
  setUp: (dir: string) => Promise<T>,
  use: (world: T) => void | Promise<void>
): void {
  let tmp: ReturnType<typeof tempDir> | undefined
  let world: T | undefined
  beforeEach(async () => {
    tmp = tempDir()
    world = await setUp(tmp.dir)
    await use(world)
  })
  afterEach(() => {
    world?.core.close()
    tmp?.cleanup()
    world = undefined
    tmp = undefined
  })
}
