/**
 * Block Kit as Slack validates it (https://api.slack.com/reference/block-kit), the parts a
 * message may use: the limits on counts and lengths, the text object types each field
 * accepts, and the element types. An answer lists every problem, as Slack's `invalid_blocks`
 * does, so a test shows what to fix.
 */
const BLOCK_TYPES = new Set(['section', 'header', 'context', 'actions', 'divider', 'image', 'rich_text', 'input'])
const ACTION_ELEMENTS = new Set([
  'button',
  'static_select',
  'overflow',
  'datepicker',
  'checkboxes',
  'radio_buttons',
  'users_select',
  'conversations_select',
  'channels_select',
])

type Json = Record<string, unknown>

export function validateBlocks(blocks: unknown, where = 'blocks'): string[] {
  const problems: string[] = []
  if (!Array.isArray(blocks)) return [`${where} must be an array`]
  if (blocks.length > 50) problems.push(`${where} has ${blocks.length} blocks; at most 50`)
  const blockIds = new Set<string>()
  blocks.forEach((raw, i) => {
    const at = `${where}[${i}]`
    if (!raw || typeof raw !== 'object') return problems.push(`${at} must be an object`)
    const b = raw as Json
    if (typeof b.type !== 'string' || !BLOCK_TYPES.has(b.type)) return problems.push(`${at}.type "${String(b.type)}" is not a block type`)
    if (b.block_id !== undefined) {
      if (typeof b.block_id !== 'string' || b.block_id.length > 255) problems.push(`${at}.block_id must be a string of at most 255 characters`)
      else if (blockIds.has(b.block_id)) problems.push(`${at}.block_id "${b.block_id}" is not unique`)
      else blockIds.add(b.block_id)
    }
    switch (b.type) {
      case 'header':
        text(b.text, `${at}.text`, problems, { types: ['plain_text'], max: 150, required: true })
        break
      case 'section':
        if (b.text === undefined && b.fields === undefined) problems.push(`${at} needs text or fields`)
        if (b.text !== undefined) text(b.text, `${at}.text`, problems, { max: 3000 })
        if (b.fields !== undefined) {
          if (!Array.isArray(b.fields) || b.fields.length > 10) problems.push(`${at}.fields must be an array of at most 10 text objects`)
          else b.fields.forEach((f, j) => text(f, `${at}.fields[${j}]`, problems, { max: 2000 }))
        }
        if (b.accessory !== undefined) element(b.accessory, `${at}.accessory`, problems)
        break
      case 'context':
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 10)
          problems.push(`${at}.elements must be an array of 1 to 10 elements`)
        else b.elements.forEach((e, j) => (e && (e as Json).type === 'image' ? undefined : text(e, `${at}.elements[${j}]`, problems, { max: 3000 })))
        break
      case 'actions':
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 25)
          problems.push(`${at}.elements must be an array of 1 to 25 elements`)
        else b.elements.forEach((e, j) => element(e, `${at}.elements[${j}]`, problems))
        break
      case 'divider':
        break
      default:
        break
    }
    return undefined
  })
  return problems
}

function text(raw: unknown, at: string, problems: string[], opts: { types?: string[]; max: number; required?: boolean }): void {
  if (raw === undefined) {
    if (opts.required) problems.push(`${at} is required`)
    return
  }
  const t = raw as Json
  const types = opts.types ?? ['plain_text', 'mrkdwn']
  if (!t || typeof t !== 'object' || !types.includes(String(t.type))) return void problems.push(`${at}.type must be ${types.join(' or ')}`)
  if (typeof t.text !== 'string' || t.text.length === 0) return void problems.push(`${at}.text must be a non-empty string`)
  if (t.text.length > opts.max) problems.push(`${at}.text is ${t.text.length} characters; at most ${opts.max}`)
  if (t.type === 'mrkdwn' && t.emoji !== undefined) problems.push(`${at}.emoji is only for plain_text`)
}

function element(raw: unknown, at: string, problems: string[]): void {
  const e = raw as Json
  if (!e || typeof e !== 'object' || !ACTION_ELEMENTS.has(String(e.type)))
    return void problems.push(`${at}.type "${String(e?.type)}" is not an interactive element`)
  if (e.action_id !== undefined && (typeof e.action_id !== 'string' || e.action_id.length > 255))
    problems.push(`${at}.action_id must be a string of at most 255 characters`)
  if (e.type === 'button') {
    text(e.text, `${at}.text`, problems, { types: ['plain_text'], max: 75, required: true })
    if (e.value !== undefined && (typeof e.value !== 'string' || e.value.length > 2000))
      problems.push(`${at}.value must be a string of at most 2000 characters`)
    if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger') problems.push(`${at}.style must be primary or danger`)
    if (e.url !== undefined && (typeof e.url !== 'string' || e.url.length > 3000)) problems.push(`${at}.url must be a string of at most 3000 characters`)
  }
}
