// GitHub's page-number pagination: `per_page` (default 30, at most 100) and `page` (from 1),
// with a Link header naming prev/next/last/first so `octokit.paginate` can walk it.

export interface PageRequest {
  /** The request URL as the client sent it (absolute, on the emulator's origin). */
  url: URL
  query: URLSearchParams
}

export interface Page<T> {
  items: T[]
  headers: Record<string, string>
}

export function paginate<T>(req: PageRequest, all: T[], defaultPerPage = 30): Page<T> {
  const perPage = Math.min(100, Math.max(1, intParam(req.query.get('per_page')) ?? defaultPerPage))
  const page = Math.max(1, intParam(req.query.get('page')) ?? 1)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const items = all.slice((page - 1) * perPage, page * perPage)
  const link = (n: number, rel: string) => {
    const url = new URL(req.url)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(n))
    return `<${url}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  return { items, headers: links.length ? { link: links.join(', ') } : {} }
}

function intParam(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined
  return Number(value)
}
