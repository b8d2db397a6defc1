import type { CollectionBeforeOperationHook } from 'payload'

import { fileTypeFromBuffer } from 'file-type'
import { readFile } from 'node:fs/promises'
import { ValidationError } from 'payload'

type Options = {
  /** MIME types accepted, as detected from the file's bytes (never from its name). */
  accept: string[]
  /** German message shown to the editor when the content is something else. */
  message: string
}

/**
 * Rejects an upload whose bytes are not of an accepted type, before Payload writes anything,
 * so a renamed file ("bericht.pdf" that is really a Word file) never reaches the disk or the DB.
 */
export const requireFileContent =
  ({ accept, message }: Options): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args

    const bytes =
      file.data && file.data.length > 0
        ? file.data
        : file.tempFilePath
          ? await readFile(file.tempFilePath)
          : undefined
    const detected = bytes && bytes.length > 0 ? await fileTypeFromBuffer(bytes) : undefined

    if (!detected || !accept.includes(detected.mime)) {
      throw new ValidationError({
        collection: args.collection?.config?.slug,
        errors: [{ message, path: 'file' }],
      })
    }
    return args
  }
