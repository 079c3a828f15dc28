import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { XmlScanner, decodeEntities } from '../src/test-reports/xml-scan.js'

const TOOLS = fileURLToPath(new URL('../../../tools/parts/report-tools/', import.meta.url))

/** Every event as a line, text decoded and merged, so chunkings can be compared. */
function events(chunks: string[]): string[] {
  const out: string[] = []
  let text = ''
  const flush = (): void => {
    if (text.trim() !== '') out.push(`text ${JSON.stringify(text)}`)
    text = ''
  }
  const scanner = new XmlScanner({
    open: (name, attrs, self) => (flush(), out.push(`open ${name} ${JSON.stringify(attrs)}${self ? ' /' : ''}`)),
    close: (name) => (flush(), out.push(`close ${name}`)),
    text: (raw) => void (text += decodeEntities(raw)),
    cdata: (t) => void (text += t),
  })
  for (const chunk of chunks) scanner.write(chunk)
  scanner.close()
  return out
}

describe('XmlScanner', () => {
  test('elements, attributes in both quotes, entities, CDATA, comments, PIs and a DOCTYPE', () => {
    const xml = `\uFEFF<?xml version="1.0"?><!DOCTYPE x><!-- c --><a k="1 &amp; 2" j='&lt;&#65;&#x42;&gt;' gt="a>b"><b/><c>t &quot;q&quot;<![CDATA[<raw> & ]]></c><?pi x?></a>\n`
    expect(events([xml])).toEqual([
      'open a {"k":"1 & 2","j":"<AB>","gt":"a>b"}',
      'open b {} /',
      'close b',
      'open c {}',
      'text "t \\"q\\"<raw> & "',
      'close c',
      'close a',
    ])
  })

  test('the same events however the text is cut into chunks', () => {
    for (const file of ['phpunit.xml', 'shapes/TEST-com.example.CalculatorTest.xml', 'vitest.xml']) {
      const xml = readFileSync(`${TOOLS}${file}`, 'utf8')
      const whole = events([xml])
      for (let cut = 1; cut < xml.length; cut += 7) expect(events([xml.slice(0, cut), xml.slice(cut)]), `${file} cut at ${cut}`).toEqual(whole)
      expect(events(xml.match(/[\s\S]{1,3}/g)!)).toEqual(whole)
    }
  })

  test.each([
    ['<a><b></a>', 'closing tag </a> does not match <b>'],
    ['<a></a><b/>', 'a second root element <b>'],
    ['<a>', 'unclosed tag <a>'],
    ['<a x=1/>', 'attribute x of <a> is not quoted'],
    ['<a x="<"/>', 'attribute x of <a> contains "<"'],
    ['text<a/>', 'text outside the root element'],
    ['<a/><b', 'the document ends inside a tag'],
    ['', 'document must contain a root element'],
  ])('refuses %j', (xml, message) => {
    expect(() => events([xml])).toThrow(message)
  })

  test('unknown entities are left as they are', () => {
    expect(decodeEntities('a &nbsp; b &#xZZ; &amp;')).toBe('a &nbsp; b &#xZZ; &')
  })
})
