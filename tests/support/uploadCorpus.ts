/**
 * Files an upload must refuse, made from real sample files: cut short, damaged, mislabelled,
 * disguised, oversized, empty. Each says which collection it goes to and what the editor must read.
 */
import { randomBytes } from 'node:crypto'
import { crc32 } from 'node:zlib'

import sharp from 'sharp'

import { ONE_EMPTY_PAGE, pdfBytes } from './files'

export type Collection = 'media' | 'documents'

export type BadUpload = {
  /** What is wrong with it, as the test's name. */
  case: string
  collection: Collection
  filename: string
  mimetype: string
  bytes: Buffer
  status: 400 | 413
  /** Part of the German message the editor must get. */
  says: string
}

const MEGABYTE = 1024 * 1024

const DAMAGED_IMAGE = 'Das Bild ist beschädigt oder unvollständig'
const IMAGE_ENDS_ELSEWHERE = 'Die Bilddatei endet nicht dort, wo das Bild endet'
const NOT_AN_IMAGE = 'Diese Datei ist kein Bild im Format JPEG, PNG, WebP, AVIF oder GIF'
const SVG_REFUSED = 'SVG-Grafiken werden nicht angenommen'
const NOT_A_PDF = 'Diese Datei ist kein PDF'
const INCOMPLETE_PDF = 'Die PDF-Datei ist unvollständig'
const DAMAGED_PDF = 'Die PDF-Datei ist beschädigt'
const EMPTY = 'Die Datei ist leer'
const TOO_MANY_PIXELS = 'Megapixel'
const UNREADABLE = 'Die Datei ist nicht lesbar angekommen'

/** A photo-like pattern, so that compressed formats have real image data to damage. */
function pattern(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 3
      pixels[offset] = (x * 7 + y * 3) % 256
      pixels[offset + 1] = (x * y) % 256
      pixels[offset + 2] = (x ^ y) % 256
    }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
}

/** Valid sample files of every accepted type, and of one refused raster type. */
export async function sampleFiles() {
  return {
    // Larger than the CMS's 400 × 300 thumbnail, which it never enlarges.
    jpeg: await pattern(480, 320).jpeg({ quality: 85 }).toBuffer(),
    png: await pattern(480, 320).png().toBuffer(),
    webp: await pattern(480, 320).webp({ quality: 80 }).toBuffer(),
    gif: await pattern(480, 320).gif().toBuffer(),
    avif: await pattern(480, 320).avif({ quality: 50 }).toBuffer(),
    tiff: await pattern(64, 64).tiff().toBuffer(),
    pdf: textPdf('Jahresbericht 2024'),
  }
}

/** A one-page PDF with a line of text in Helvetica. */
export function textPdf(text: string, padding = 0): Buffer {
  const content = `BT /F1 24 Tf 72 760 Td (${text}) Tj ET${padding ? `\n%${'x'.repeat(padding)}` : ''}`
  return pdfBytes([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ])
}

/**
 * A PDF encrypted with a user password (the standard security handler, revision 2): readers ask for
 * the password before they show anything.
 */
function passwordPdf() {
  const key = (bytes: number) => `<${'ab'.repeat(bytes)}>`
  return pdfBytes([...ONE_EMPTY_PAGE, `<< /Filter /Standard /V 1 /R 2 /O ${key(32)} /U ${key(32)} /P -4 >>`], ` /Encrypt 4 0 R /ID [${key(16)} ${key(16)}]`)
}

/** A PNG of random pixels (does not compress), a little larger than `bytes`. */
async function noisePng(bytes: number) {
  const side = Math.ceil(Math.sqrt(bytes / 3))
  return sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 1 })
    .toBuffer()
}

/** A ZIP archive with stored (uncompressed) entries. */
function zip(entries: Record<string, string>): Buffer {
  const parts: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content)
    const nameBytes = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    parts.push(local, nameBytes, data)
    directory.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(directory.length / 2, 8)
  end.writeUInt16LE(directory.length / 2, 10)
  end.writeUInt32LE(Buffer.concat(directory).length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, ...directory, end])
}

const docx = () =>
  zip({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml':
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Bericht</w:t></w:r></w:p></w:body></w:document>',
  })

/** The start of a Windows program: "MZ", and at 0x80 the PE header it points to. */
function exe() {
  const bytes = Buffer.alloc(512)
  bytes.write('MZ', 0, 'latin1')
  bytes.writeUInt32LE(0x80, 0x3c)
  bytes.write('PE\0\0', 0x80, 'latin1')
  bytes.writeUInt16LE(0x14c, 0x84)
  return bytes
}

/** The same PNG claiming other dimensions in its header (with a correct checksum). */
function withDimensions(png: Buffer, width: number, height: number) {
  const bytes = Buffer.from(png)
  bytes.writeUInt32BE(width, 16)
  bytes.writeUInt32BE(height, 20)
  bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)), 29)
  return bytes
}

const cut = (bytes: Buffer, fraction: number) => bytes.subarray(0, Math.floor(bytes.length * fraction))

/** Inverts `count` bytes from `start` on. */
function flipAt(bytes: Buffer, start: number, count: number) {
  const damaged = Buffer.from(bytes)
  for (let i = start; i < start + count; i++) damaged[i] = damaged[i]! ^ 0xff
  return damaged
}

/** Inverts `count` bytes in the middle of the file, where the image data or the PDF's objects are. */
const flipMiddle = (bytes: Buffer, count: number) => flipAt(bytes, Math.floor(bytes.length / 2), count)

function overwriteMiddle(bytes: Buffer, value: number, count: number) {
  const start = Math.floor(bytes.length / 2)
  return Buffer.from(bytes).fill(value, start, start + count)
}

const html = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/users/me").then(r => r.text()).then(alert)</script></body></html>')
const svgWithScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(document.cookie)</script><circle cx="50" cy="50" r="40" onload="alert(1)"/></svg>',
)
const svgWithDeclaration = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><rect width="10" height="10"/></a></svg>',
)

/**
 * At least 50 files to refuse, for limits of `mediaMegabytes` (images) and `documentsMegabytes`
 * (PDFs), the larger of which is also where the server stops reading a request (413).
 */
export async function badUploads({ mediaMegabytes, documentsMegabytes }: { mediaMegabytes: number; documentsMegabytes: number }): Promise<BadUpload[]> {
  const sample = await sampleFiles()
  const image = (entry: Omit<BadUpload, 'collection' | 'status'> & { status?: 413 }): BadUpload => ({ collection: 'media', status: 400, ...entry })
  const document = (entry: Omit<BadUpload, 'collection' | 'status'> & { status?: 413 }): BadUpload => ({ collection: 'documents', status: 400, ...entry })
  const readerLimit = Math.max(mediaMegabytes, documentsMegabytes) * MEGABYTE

  return [
    // Cut short (an interrupted download or copy) or damaged inside.
    image({ case: 'empty JPEG', filename: 'leer.jpg', mimetype: 'image/jpeg', bytes: Buffer.alloc(0), says: EMPTY }),
    image({ case: 'JPEG, only its first 20 bytes', filename: 'foto.jpg', mimetype: 'image/jpeg', bytes: sample.jpeg.subarray(0, 20), says: DAMAGED_IMAGE }),
    image({
      case: 'JPEG headers without image data',
      filename: 'foto.jpg',
      mimetype: 'image/jpeg',
      bytes: sample.jpeg.subarray(0, sample.jpeg.indexOf(Buffer.from([0xff, 0xda])) + 2),
      says: DAMAGED_IMAGE,
    }),
    image({ case: 'JPEG cut at 10 %', filename: 'foto.jpg', mimetype: 'image/jpeg', bytes: cut(sample.jpeg, 0.1), says: DAMAGED_IMAGE }),
    image({ case: 'JPEG cut at 50 %', filename: 'foto.jpg', mimetype: 'image/jpeg', bytes: cut(sample.jpeg, 0.5), says: DAMAGED_IMAGE }),
    image({ case: 'JPEG cut at 90 %', filename: 'foto.jpg', mimetype: 'image/jpeg', bytes: cut(sample.jpeg, 0.9), says: DAMAGED_IMAGE }),
    image({ case: 'JPEG without its end marker', filename: 'foto.jpg', mimetype: 'image/jpeg', bytes: sample.jpeg.subarray(0, -2), says: DAMAGED_IMAGE }),
    // JPEG and WebP carry no checksums: a few flipped bytes of image data decode to wrong pixels
    // that no program can tell from right ones. Damage that breaks the coding is found.
    image({ case: 'JPEG with 256 bytes flipped in the middle', filename: 'foto.jpg', mimetype: 'image/jpeg', bytes: flipMiddle(sample.jpeg, 256), says: DAMAGED_IMAGE }),
    image({
      case: 'JPEG with a run of 0xFF bytes in the middle',
      filename: 'foto.jpg',
      mimetype: 'image/jpeg',
      bytes: overwriteMiddle(sample.jpeg, 0xff, 16),
      says: DAMAGED_IMAGE,
    }),
    image({
      case: 'JPEG with a damaged Huffman table',
      filename: 'foto.jpg',
      mimetype: 'image/jpeg',
      bytes: flipAt(sample.jpeg, sample.jpeg.indexOf(Buffer.from([0xff, 0xc4])) + 8, 16),
      says: DAMAGED_IMAGE,
    }),
    image({ case: 'PNG signature only (too short to recognise)', filename: 'grafik.png', mimetype: 'image/png', bytes: sample.png.subarray(0, 8), says: NOT_AN_IMAGE }),
    image({ case: 'PNG header without image data', filename: 'grafik.png', mimetype: 'image/png', bytes: sample.png.subarray(0, 33), says: DAMAGED_IMAGE }),
    image({ case: 'PNG cut at 50 %', filename: 'grafik.png', mimetype: 'image/png', bytes: cut(sample.png, 0.5), says: DAMAGED_IMAGE }),
    image({ case: 'PNG cut at 90 %', filename: 'grafik.png', mimetype: 'image/png', bytes: cut(sample.png, 0.9), says: DAMAGED_IMAGE }),
    image({ case: 'PNG without its end chunk', filename: 'grafik.png', mimetype: 'image/png', bytes: sample.png.subarray(0, -12), says: IMAGE_ENDS_ELSEWHERE }),
    image({
      case: 'PNG with bytes flipped in the middle (its checksum no longer fits)',
      filename: 'grafik.png',
      mimetype: 'image/png',
      bytes: flipMiddle(sample.png, 16),
      says: DAMAGED_IMAGE,
    }),
    image({ case: 'WebP header only', filename: 'bild.webp', mimetype: 'image/webp', bytes: sample.webp.subarray(0, 30), says: DAMAGED_IMAGE }),
    image({ case: 'WebP cut at 50 %', filename: 'bild.webp', mimetype: 'image/webp', bytes: cut(sample.webp, 0.5), says: DAMAGED_IMAGE }),
    image({ case: 'WebP cut at 90 %', filename: 'bild.webp', mimetype: 'image/webp', bytes: cut(sample.webp, 0.9), says: DAMAGED_IMAGE }),
    image({ case: 'GIF header only', filename: 'animation.gif', mimetype: 'image/gif', bytes: sample.gif.subarray(0, 13), says: DAMAGED_IMAGE }),
    image({ case: 'GIF cut at 50 %', filename: 'animation.gif', mimetype: 'image/gif', bytes: cut(sample.gif, 0.5), says: DAMAGED_IMAGE }),
    image({ case: 'AVIF cut at 50 %', filename: 'bild.avif', mimetype: 'image/avif', bytes: cut(sample.avif, 0.5), says: DAMAGED_IMAGE }),
    image({
      case: 'PNG claiming 30000 × 30000 pixels (decompression bomb)',
      filename: 'riesig.png',
      mimetype: 'image/png',
      bytes: withDimensions(sample.png, 30_000, 30_000),
      says: TOO_MANY_PIXELS,
    }),

    // Something else under an image's name or label.
    image({ case: 'PDF named .jpg', filename: 'foto.jpg', mimetype: 'image/jpeg', bytes: sample.pdf, says: NOT_AN_IMAGE }),
    image({ case: 'PDF named .png', filename: 'scan.png', mimetype: 'image/png', bytes: sample.pdf, says: NOT_AN_IMAGE }),
    image({ case: 'ZIP archive named .jpg', filename: 'fotos.jpg', mimetype: 'image/jpeg', bytes: zip({ 'foto.txt': 'kein Bild' }), says: NOT_AN_IMAGE }),
    image({ case: 'Word document named .jpg', filename: 'einladung.jpg', mimetype: 'image/jpeg', bytes: docx(), says: NOT_AN_IMAGE }),
    image({ case: 'Windows program named .jpg', filename: 'urlaubsfoto.jpg', mimetype: 'image/jpeg', bytes: exe(), says: NOT_AN_IMAGE }),
    image({ case: 'HTML page with a script named .jpg', filename: 'bild.jpg', mimetype: 'image/jpeg', bytes: html, says: NOT_AN_IMAGE }),
    image({ case: 'PHP code named .php.jpg', filename: 'shell.php.jpg', mimetype: 'image/jpeg', bytes: Buffer.from('<?php system($_GET["c"]); ?>'), says: NOT_AN_IMAGE }),
    image({ case: 'plain text named .png', filename: 'notiz.png', mimetype: 'image/png', bytes: Buffer.from('Bitte Foto nachreichen.\n'), says: NOT_AN_IMAGE }),
    image({ case: 'TIFF (not a web format) named .jpg', filename: 'scan.jpg', mimetype: 'image/jpeg', bytes: sample.tiff, says: NOT_AN_IMAGE }),
    image({ case: 'SVG with a script', filename: 'logo.svg', mimetype: 'image/svg+xml', bytes: svgWithScript, says: SVG_REFUSED }),
    image({ case: 'SVG with a script named .png', filename: 'logo.png', mimetype: 'image/png', bytes: svgWithScript, says: SVG_REFUSED }),
    image({ case: 'SVG with XML declaration and a javascript: link', filename: 'karte.svg', mimetype: 'image/svg+xml', bytes: svgWithDeclaration, says: SVG_REFUSED }),

    // Polyglots: one file that is two things, for programs that read it differently.
    image({
      case: 'GIF header in front of a script (GIF/JavaScript polyglot)',
      filename: 'pixel.gif',
      mimetype: 'image/gif',
      bytes: Buffer.from('GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=1;alert(document.domain);'),
      says: DAMAGED_IMAGE,
    }),
    image({ case: 'PNG with an HTML page appended', filename: 'grafik.png', mimetype: 'image/png', bytes: Buffer.concat([sample.png, html]), says: IMAGE_ENDS_ELSEWHERE }),
    image({
      case: 'JPEG with a ZIP archive appended',
      filename: 'foto.jpg',
      mimetype: 'image/jpeg',
      bytes: Buffer.concat([sample.jpeg, zip({ 'geheim.txt': 'versteckt' })]),
      says: IMAGE_ENDS_ELSEWHERE,
    }),
    image({
      case: 'GIF with a script appended',
      filename: 'animation.gif',
      mimetype: 'image/gif',
      bytes: Buffer.concat([sample.gif, Buffer.from('<script>alert(1)</script>')]),
      says: IMAGE_ENDS_ELSEWHERE,
    }),
    image({ case: 'WebP with a PDF appended', filename: 'bild.webp', mimetype: 'image/webp', bytes: Buffer.concat([sample.webp, sample.pdf]), says: IMAGE_ENDS_ELSEWHERE }),
    image({
      case: 'JPEG start in front of a PDF',
      filename: 'foto.jpg',
      mimetype: 'image/jpeg',
      bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), sample.pdf]),
      says: DAMAGED_IMAGE,
    }),

    // Names meant to escape the upload folder or to confuse, on content that is refused anyway.
    image({
      case: 'path traversal in the name',
      filename: '../../etc/passwd.jpg',
      mimetype: 'image/jpeg',
      bytes: Buffer.from('root:x:0:0:root:/root:/bin/bash\n'),
      says: NOT_AN_IMAGE,
    }),
    image({ case: 'Windows path traversal in the name', filename: '..\\..\\Windows\\win.ini.png', mimetype: 'image/png', bytes: Buffer.from('[fonts]\r\n'), says: NOT_AN_IMAGE }),
    image({ case: 'right-to-left override hiding .exe', filename: 'rechnung\u202Egnp.exe', mimetype: 'image/png', bytes: exe(), says: NOT_AN_IMAGE }),
    image({
      case: 'a leading dot, a tab, zero-width and no-break spaces in the name',
      filename: '.\tversteckt\u200b\u00a0.jpg',
      mimetype: 'image/jpeg',
      bytes: cut(sample.jpeg, 0.5),
      says: DAMAGED_IMAGE,
    }),
    image({
      case: 'URL-encoded path traversal in the name',
      filename: '..%2F..%2Fapps%2Fcms%2Fsrc%2Fpayload.config.ts.png',
      mimetype: 'image/png',
      bytes: Buffer.from('export default {}\n'),
      says: NOT_AN_IMAGE,
    }),
    image({ case: 'emoji and combining letters in the name', filename: 'Blu\u0308tenfest 🌸 2025.png', mimetype: 'image/png', bytes: cut(sample.png, 0.5), says: DAMAGED_IMAGE }),
    // Control characters in the name of a good file: browsers escape only line breaks and quotes,
    // and no multipart header may hold them, so the request cannot be read at all.
    image({ case: 'a NUL byte in the name of a good JPEG', filename: 'foto\u0000.jpg', mimetype: 'image/jpeg', bytes: sample.jpeg, says: UNREADABLE }),
    image({ case: 'a BEL in the name of a good PNG', filename: 'grafik\u0007.png', mimetype: 'image/png', bytes: sample.png, says: UNREADABLE }),

    // Too large: just above the images' own limit, and above what the server reads at all.
    image({
      case: `PNG just above the ${mediaMegabytes} MB limit for images`,
      filename: 'luftbild.png',
      mimetype: 'image/png',
      bytes: await noisePng(mediaMegabytes * MEGABYTE + 16 * 1024),
      says: `erlaubt sind höchstens ${mediaMegabytes} MB`,
    }),
    image({
      case: 'image larger than the server reads',
      filename: 'panorama.png',
      mimetype: 'image/png',
      bytes: Buffer.concat([sample.png, Buffer.alloc(readerLimit)]),
      status: 413,
      says: 'Die Datei ist zu groß',
    }),

    // PDFs.
    document({ case: 'empty PDF', filename: 'leer.pdf', mimetype: 'application/pdf', bytes: Buffer.alloc(0), says: EMPTY }),
    document({ case: 'PDF header only', filename: 'bericht.pdf', mimetype: 'application/pdf', bytes: Buffer.from('%PDF-1.7\n'), says: INCOMPLETE_PDF }),
    document({ case: 'PDF cut at 20 %', filename: 'bericht.pdf', mimetype: 'application/pdf', bytes: cut(sample.pdf, 0.2), says: INCOMPLETE_PDF }),
    document({ case: 'PDF cut in half', filename: 'bericht.pdf', mimetype: 'application/pdf', bytes: cut(sample.pdf, 0.5), says: INCOMPLETE_PDF }),
    document({
      case: 'PDF without its %%EOF line',
      filename: 'bericht.pdf',
      mimetype: 'application/pdf',
      bytes: sample.pdf.subarray(0, sample.pdf.lastIndexOf('%%EOF')),
      says: INCOMPLETE_PDF,
    }),
    document({ case: 'PDF with bytes flipped in the middle', filename: 'bericht.pdf', mimetype: 'application/pdf', bytes: flipMiddle(sample.pdf, 40), says: DAMAGED_PDF }),
    document({
      case: 'PDF whose table of contents points nowhere',
      filename: 'bericht.pdf',
      mimetype: 'application/pdf',
      bytes: Buffer.from(sample.pdf.toString('latin1').replace(/startxref\n\d+/, 'startxref\n999999'), 'latin1'),
      says: DAMAGED_PDF,
    }),
    document({
      case: 'PDF without pages',
      filename: 'leer.pdf',
      mimetype: 'application/pdf',
      bytes: pdfBytes(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']),
      says: 'enthält keine Seiten',
    }),
    document({ case: 'PDF protected by a password', filename: 'vertraulich.pdf', mimetype: 'application/pdf', bytes: passwordPdf(), says: 'mit einem Passwort geschützt' }),
    document({
      case: 'PDF header in front of an HTML page',
      filename: 'bericht.pdf',
      mimetype: 'application/pdf',
      bytes: Buffer.concat([Buffer.from('%PDF-1.4\n'), html]),
      says: INCOMPLETE_PDF,
    }),
    document({
      case: 'PDF with an HTML page appended (polyglot)',
      filename: 'bericht.pdf',
      mimetype: 'application/pdf',
      bytes: Buffer.concat([sample.pdf, html]),
      says: INCOMPLETE_PDF,
    }),
    document({ case: 'JPEG named .pdf', filename: 'bericht.pdf', mimetype: 'application/pdf', bytes: sample.jpeg, says: NOT_A_PDF }),
    document({ case: 'PNG named .pdf', filename: 'scan.pdf', mimetype: 'application/pdf', bytes: sample.png, says: NOT_A_PDF }),
    document({ case: 'Word document named .pdf', filename: 'protokoll.pdf', mimetype: 'application/pdf', bytes: docx(), says: NOT_A_PDF }),
    document({ case: 'ZIP archive named .pdf', filename: 'anhang.pdf', mimetype: 'application/pdf', bytes: zip({ 'a.txt': 'a' }), says: NOT_A_PDF }),
    document({ case: 'HTML page named .pdf', filename: 'formular.pdf', mimetype: 'application/pdf', bytes: html, says: NOT_A_PDF }),
    document({ case: 'SVG named .pdf', filename: 'plan.pdf', mimetype: 'application/pdf', bytes: svgWithScript, says: NOT_A_PDF }),
    document({ case: 'a DEL in the name of a good PDF', filename: 'bericht\u007f.pdf', mimetype: 'application/pdf', bytes: sample.pdf, says: UNREADABLE }),
    document({ case: 'path traversal in a PDF name', filename: '../../../tmp/bericht.pdf', mimetype: 'application/pdf', bytes: cut(sample.pdf, 0.5), says: INCOMPLETE_PDF }),
    document({
      case: `PDF larger than the server reads (${documentsMegabytes} MB)`,
      filename: 'broschuere.pdf',
      mimetype: 'application/pdf',
      bytes: textPdf('Broschüre', readerLimit),
      status: 413,
      says: 'Die Datei ist zu groß',
    }),
  ]
}
