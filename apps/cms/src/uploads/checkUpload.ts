import type { CollectionBeforeOperationHook } from 'payload'

import { fileTypeFromBuffer } from 'file-type'
import { ValidationError } from 'payload'

import { safeUploadFilename } from './filename'

/** What one upload collection accepts; every message is German and says what to do instead. */
export type UploadRule = {
  /** MIME types accepted, as recognised from the file's bytes (never from its name or the browser's label). */
  accept: string[]
  maxBytes: () => number
  tooLarge: (size: number, limit: number) => string
  /** Why a file of another type is refused. */
  otherType: (file: { bytes: Buffer; name: string; mimetype: string }) => string
  /** Reads the whole file as its type; a German description of what is wrong, or undefined. */
  inspect: (bytes: Buffer) => Promise<string | undefined>
  /** Stored name when nothing of the editor's name is left. */
  fallbackName: string
}

const EMPTY = 'Die Datei ist leer (0 Byte). Bitte die Datei erneut speichern und hochladen.'

/**
 * Refuses an upload that is empty, too large, of another type or damaged, before Payload writes
 * anything, so a refused file never reaches the disk or the database. An accepted file is stored
 * under a safe name with the extension and MIME type of what it really is.
 */
export const checkUpload =
  (rule: UploadRule): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args

    const refusal = (message: string) => new ValidationError({ collection: args.collection?.config?.slug, errors: [{ label: 'Datei', message, path: 'file' }] }, req.t)
    // Payload's parser keeps uploads in memory (its useTempFiles is off), so the bytes are all here.
    const bytes = file.data

    if (bytes.length === 0) throw refusal(EMPTY)
    const limit = rule.maxBytes()
    if (bytes.length > limit) throw refusal(rule.tooLarge(bytes.length, limit))
    const detected = await fileTypeFromBuffer(bytes)
    if (!detected || !rule.accept.includes(detected.mime)) throw refusal(rule.otherType({ bytes, name: file.name, mimetype: file.mimetype }))
    const problem = await rule.inspect(bytes)
    if (problem) throw refusal(problem)

    file.name = safeUploadFilename(file.name, detected.ext, rule.fallbackName)
    file.mimetype = detected.mime
    return args
  }
