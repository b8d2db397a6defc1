import sharp from 'sharp'

import { formatMegabytes, uploadLimits } from './limits'
import type { UploadRule } from './checkUpload'

/** Raster formats sharp resizes. */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

/**
 * 50 megapixels: a full-frame camera's photo (8688 × 5792) fits, a decompression bomb (a few
 * kilobytes that unpack to gigabytes of pixels) does not. Counted over all frames of an animation.
 */
const MAX_PIXELS = 50_000_000

const NOT_AN_IMAGE = 'Diese Datei ist kein Bild im Format JPEG, PNG, WebP, AVIF oder GIF. Bitte ein solches Bild hochladen.'

// SVG is XML that can carry scripts, event handlers and links to other sites. The site serves
// uploads from its own address, so an SVG opened there would run its script as the site. Every
// image the site shows is a photo or a raster logo, so SVG is refused rather than sanitised.
const SVG_REFUSED = 'SVG-Grafiken werden nicht angenommen, weil sie Programmcode enthalten können. Bitte die Grafik als PNG exportieren und hochladen.'

const DAMAGED = 'Das Bild ist beschädigt oder unvollständig und lässt sich nicht öffnen (z. B. abgebrochener Download). Bitte die Originaldatei erneut hochladen.'

const ENDS_ELSEWHERE =
  'Die Bilddatei endet nicht dort, wo das Bild endet: sie ist unvollständig, oder es sind weitere Daten angehängt (z. B. das Video eines Bewegungsfotos oder eine versteckte Datei). Bitte das Bild als normales JPEG oder PNG exportieren und hochladen.'

const megapixels = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 })

function looksLikeSvg({ bytes, name, mimetype }: { bytes: Buffer; name: string; mimetype: string }) {
  return /\.svgz?$/i.test(name) || mimetype.includes('svg') || /<svg[\s>]/i.test(bytes.subarray(0, 4096).toString('utf8'))
}

/**
 * Whether the file ends exactly where the image ends. Decoders stop reading there, so they pass a
 * file whose end marker is missing and one with data after the image – which is how a file is made
 * to be an image and something else at once (a script, an archive) for programs that read it differently.
 */
function endsWithImage(bytes: Buffer, format: string | undefined): boolean {
  switch (format) {
    case 'jpeg':
      return bytes.readUInt16BE(bytes.length - 2) === 0xffd9
    case 'png':
      return bytes.subarray(-12).equals(Buffer.from('0000000049454e44ae426082', 'hex'))
    case 'gif':
      return bytes[bytes.length - 1] === 0x3b
    case 'webp': {
      // RIFF: 8 bytes of header, then the size it declares, padded to an even length.
      const declared = 8 + bytes.readUInt32LE(4)
      return bytes.length === declared + (declared % 2)
    }
    case 'heif':
      return boxesEndAt(bytes)
    default:
      return false
  }
}

/** AVIF (ISO media file): the top-level boxes, each prefixed with its size, fill the file exactly. */
function boxesEndAt(bytes: Buffer): boolean {
  let offset = 0
  while (offset + 8 <= bytes.length) {
    const size32 = bytes.readUInt32BE(offset)
    const size = size32 === 1 ? Number(bytes.readBigUInt64BE(offset + 8)) : size32 === 0 ? bytes.length - offset : size32
    if (size < 8) return false
    offset += size
  }
  return offset === bytes.length
}

async function inspectImage(bytes: Buffer): Promise<string | undefined> {
  // The header alone: its pixel count is checked below, with a message that names it.
  const metadata = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined)
  if (!metadata?.width || !metadata.height) return DAMAGED
  const { width, height, pages = 1, format } = metadata
  if (width * height * pages > MAX_PIXELS) {
    return `Das Bild ist mit ${width} × ${height} Pixeln${pages > 1 ? ` und ${pages} Einzelbildern` : ''} zu groß; erlaubt sind höchstens ${megapixels.format(MAX_PIXELS / 1e6)} Megapixel. Bitte das Bild verkleinern (z. B. auf 4000 Pixel Breite).`
  }
  try {
    // Metadata reads only the header; a file cut short or damaged inside shows only when every
    // pixel is decoded. failOn 'warning' is sharp's default, so what passes here also passes
    // Payload's resizing. stats() decodes in strips and keeps only a few numbers per channel.
    await sharp(bytes, { failOn: 'warning', pages: -1, limitInputPixels: MAX_PIXELS, sequentialRead: true }).stats()
  } catch {
    return DAMAGED
  }
  return endsWithImage(bytes, format) ? undefined : ENDS_ELSEWHERE
}

export const imageUploads: UploadRule = {
  accept: imageMimeTypes,
  maxBytes: () => uploadLimits().media,
  tooLarge: (size, limit) =>
    `Das Bild ist mit ${formatMegabytes(size, Math.ceil)} zu groß; erlaubt sind höchstens ${formatMegabytes(limit)}. Bitte das Bild verkleinern oder stärker komprimieren.`,
  otherType: (file) => (looksLikeSvg(file) ? SVG_REFUSED : NOT_AN_IMAGE),
  inspect: inspectImage,
  fallbackName: 'bild',
}
